"""Alembic environment: runs on the connection handed in by :class:`commitments.db.Database`, or on the
URL from the settings when called from the ``alembic`` command line."""

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection

from commitments.db import make_engine, migrating
from commitments.model import UTCDateTime
from commitments.schema import metadata
from config.settings import get_settings

config = context.config


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write the UTC column type as the plain SQL type it stands on, so migrations need no app import."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or get_settings().effective_database_url
    with migrating(make_engine(url)) as own_connection:
        _run(own_connection)
