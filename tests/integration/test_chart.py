"""The overview chart is a real PNG, with and without data."""

from __future__ import annotations

import io
from datetime import date

import numpy
from PIL import Image

from commitments import services
from commitments.db import Database
from commitments.export.chart import overview_figure, overview_png
from commitments.records import PostCount
from commitments.services import NewCommitment
from tests.use_case import on, use_case

TODAY = date(2026, 3, 1)
PNG = b"\x89PNG\r\n\x1a\n"


def _image(data: bytes) -> Image.Image:
    assert data.startswith(PNG)
    image = Image.open(io.BytesIO(data))
    image.verify()
    return Image.open(io.BytesIO(data))


def _red_pixels(data: bytes) -> int:
    pixels = numpy.asarray(_image(data).convert("RGB")).astype(int)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(((red > 200) & (green < 110) & (blue < 110)).sum())


def test_the_chart_of_a_team_shows_overdue_in_red(db: Database) -> None:
    team = -1001
    for title, deadline, ministry, post in [
        ("Te laat", date(2026, 2, 1), "JenV", "Minister van Justitie en Veiligheid"),
        ("Op tijd", date(2026, 6, 1), "JenV", "Staatssecretaris van Justitie en Veiligheid"),
        ("Zonder post", None, "VWS", None),
    ]:
        use_case(
            db,
            services.add_commitment,
            NewCommitment(title=title, deadline=deadline, ministry=ministry, post=post, team=team),
            by="t",
        )
    with_data = overview_png(on(db, TODAY).run(services.post_summary, team), TODAY)
    width, height = _image(with_data).size
    assert width == 900
    assert height > 250
    on_time = overview_png(on(db, date(2026, 1, 1)).run(services.post_summary, team), date(2026, 1, 1))
    assert _red_pixels(with_data) > _red_pixels(on_time) + 1000  # the legend alone has a little red


def test_without_open_items_the_picture_says_so(db: Database) -> None:
    empty = overview_png(on(db, TODAY).run(services.post_summary, -5005), TODAY)
    assert _image(empty).size == (900, 250)
    assert _red_pixels(empty) == 0


def test_many_posts_are_cut_to_the_busiest() -> None:
    counts = [PostCount("JenV", f"Post {number}", number, number // 2) for number in range(1, 40)]
    data = overview_png(counts, TODAY)
    assert _image(data).size[1] < 100 * (15 + 2) + 300


def test_the_legend_covers_no_bar() -> None:
    """Found in a user trial: the legend, in the lower right corner of the chart, covered the last bar (its
    count, written after it)."""
    counts = [PostCount("BZK", f"Minister voor post {n}", 20 - n, n % 3) for n in range(6)]
    figure = overview_figure(counts, TODAY)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    legends = [*figure.legends, *(axes.get_legend() for axes in figure.axes if axes.get_legend())]
    assert legends
    bars = [
        drawn.get_window_extent(renderer) for axes in figure.axes for drawn in [*axes.patches, *axes.texts]
    ]
    for legend in legends:
        box = legend.get_window_extent(renderer)
        assert not any(box.overlaps(bar) for bar in bars)
