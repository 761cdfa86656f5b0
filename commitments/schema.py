"""Every table of the application on one metadata, for migrations and their tests.

ORM classes live next to the use cases they serve; each module that defines tables is imported here.
"""

from commitments import model
from commitments.reminders import ledger, pacing, policy  # noqa: F401 - their tables join the metadata
from commitments.tk_register import marks  # noqa: F401

metadata = model.Base.metadata
