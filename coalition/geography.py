"""Country outlines for the map, from Natural Earth (public domain) via the npm package world-atlas.

Plain Python, no Django. ``build()`` decodes a TopoJSON topology, projects each panel with a
Lambert azimuthal equal-area projection (the projection of Europe's statistical maps, EPSG:3035),
simplifies, clips and rounds the outlines, and returns SVG path data keyed by ISO 3166-1 alpha-2
code. ``manage.py build_map`` writes it to ``coalition/data/map.json``; the app only reads that
file, so the running app never needs npm or the network.
"""

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

import pycountry

MAP_FILE = Path(__file__).with_name("data") / "map.json"
SOURCE = Path(__file__).resolve().parent.parent / "node_modules" / "world-atlas" / "countries-50m.json"

# Outlines are simplified to within this many panel units, then rounded to whole units.
TOLERANCE = 0.6
# Islands smaller than this (square units) are left out; a country always keeps its largest piece.
MIN_AREA = 2.0
# A country whose outline covers less than this (its bounding box, in square panel units) also gets
# a round marker, so that Luxembourg, Malta or Cyprus can be seen and clicked.
MARKER_BELOW = 600
# Clipped edges run this far outside the frame, so no clipped border shows at the edge.
MARGIN = 4


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    centre: tuple[float, float]  # longitude, latitude at the centre of the projection
    window: tuple[float, float, float, float]  # west, south, east, north: the area to frame
    frame: tuple[str, ...]  # the countries whose outline, inside the window, sets the frame
    width: int
    # Countries drawn as links; None means every country in view. Elsewhere plain land.
    countries: tuple[str, ...] | None = None


PANELS = (
    Panel(
        key="europe",
        title="Europe",
        centre=(15, 52),
        window=(-25, 34.5, 44.8, 71.5),
        frame=("IS", "IE", "PT", "ES", "MT", "CY", "TR", "NO", "FI", "GB", "UA", "GR"),
        width=1000,
    ),
    # The participants beyond Europe, each in a small panel of its own.
    Panel(
        key="north-america",
        title="Canada and the United States",
        centre=(-100, 50),
        window=(-170, 24, -50, 72),
        frame=("CA", "US"),
        width=400,
        countries=("CA", "US"),
    ),
    Panel(
        key="japan",
        title="Japan",
        centre=(137, 36),
        window=(122, 26, 150, 46),
        frame=("JP", "KR"),
        width=400,
        countries=("JP",),
    ),
    Panel(
        key="oceania",
        title="Australia and New Zealand",
        centre=(152, -32),
        window=(112, -48, 179, -10),
        frame=("AU", "NZ"),
        width=400,
        countries=("AU", "NZ"),
    ),
)


@functools.cache
def load(path=MAP_FILE):
    """The built map: panels with their size, the countries' path data and the land around them."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def build(topology, panels=PANELS):
    """Panels of projected, simplified SVG path data from a world-atlas ``countries`` topology."""
    arcs = _decode_arcs(topology)
    countries = _countries(topology["objects"]["countries"]["geometries"])
    return {
        "source": "Natural Earth 4.1.0 (public domain), from the npm package world-atlas; built by manage.py build_map",
        "panels": [_build_panel(panel, arcs, countries) for panel in panels],
    }


def alpha_2(numeric):
    """ISO 3166-1 alpha-2 code for a numeric code such as "250"; None for areas without one."""
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    return country.alpha_2 if country else None


def _countries(geometries):
    """(alpha-2 code or None, rings of arc indexes) per country; features sharing a code are merged
    (Natural Earth draws Ashmore and Cartier Islands apart from Australia, both "036")."""
    merged, unnamed = {}, []
    for geometry in geometries:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring for polygon in polygons for ring in polygon]
        code = alpha_2(geometry.get("id"))
        if code:
            merged.setdefault(code, []).extend(rings)
        else:
            unnamed.append((None, rings))
    return [*merged.items(), *unnamed]


def _decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def laea(lon0, lat0):
    """Lambert azimuthal equal-area projection centred on (lon0, lat0); y grows southwards, as in SVG."""
    l0, p0 = math.radians(lon0), math.radians(lat0)
    sin_p0, cos_p0 = math.sin(p0), math.cos(p0)

    def project(lon, lat):
        dl = (math.radians(lon) - l0 + math.pi) % (2 * math.pi) - math.pi
        p = math.radians(lat)
        cos_c = sin_p0 * math.sin(p) + cos_p0 * math.cos(p) * math.cos(dl)
        if cos_c < -0.99:  # next to the antipode, where the projection blows up: far outside any panel
            return None
        k = math.sqrt(2 / (1 + cos_c))
        return k * math.cos(p) * math.sin(dl), -k * (cos_p0 * math.sin(p) - sin_p0 * math.cos(p) * math.cos(dl))

    return project


def _build_panel(panel, arcs, countries):
    project = laea(*panel.centre)
    west, south, east, north = panel.window
    frame_points = [
        project(lon, lat)
        for code, rings in countries
        if code in panel.frame
        for ring in rings
        for index in ring
        for lon, lat in arcs[index if index >= 0 else ~index]
        if west <= lon <= east and south <= lat <= north
    ]
    x0, x1 = min(p[0] for p in frame_points), max(p[0] for p in frame_points)
    y0, y1 = min(p[1] for p in frame_points), max(p[1] for p in frame_points)
    pad = (x1 - x0) * 0.01
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    scale = panel.width / (x1 - x0)
    height = round((y1 - y0) * scale)
    bounds = (-MARGIN, -MARGIN, panel.width + MARGIN, height + MARGIN)

    @functools.cache
    def simplified(index):
        points = [project(lon, lat) for lon, lat in arcs[index]]
        points = [((x - x0) * scale, (y - y0) * scale) for x, y in (p for p in points if p is not None)]
        return _simplify(points, TOLERANCE)

    shapes, land = {}, []
    for code, rings in countries:
        pieces = []
        for ring in rings:
            points = []
            for index in ring:
                arc = simplified(index) if index >= 0 else simplified(~index)[::-1]
                points.extend(arc[1:] if points else arc)
            points = _round(_clip(points[:-1], bounds))
            if len(points) >= 3 or (len(points) >= 1 and _inside(points[0], panel.width, height)):
                pieces.append(points)
        if not pieces:
            continue
        largest = max(pieces, key=lambda p: abs(_area(p)))
        pieces = [p for p in pieces if p is largest or abs(_area(p)) >= MIN_AREA]
        if not any(_inside(pt, panel.width, height) for piece in pieces for pt in piece):
            continue
        if code and (panel.countries is None or code in panel.countries):
            shape = {"d": _path(pieces)}
            xs = [x for piece in pieces for x, _ in piece]
            ys = [y for piece in pieces for _, y in piece]
            whole = all(_inside(pt, panel.width, height) for piece in pieces for pt in piece)
            if whole and (max(xs) - min(xs)) * (max(ys) - min(ys)) < MARKER_BELOW:
                shape["marker"] = list(_centre(largest))
            shapes[code] = shape
        else:
            land.append(_path(pieces))
    return {
        "key": panel.key,
        "title": panel.title,
        "width": panel.width,
        "height": height,
        "countries": dict(sorted(shapes.items())),
        "land": "".join(land),
    }


def _simplify(points, tolerance):
    """Douglas-Peucker, keeping both ends so that neighbours sharing an arc still meet."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            distance = abs(dy * (px - ax) - dx * (py - ay)) / length if length else math.hypot(px - ax, py - ay)
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _clip(ring, bounds):
    """Sutherland-Hodgman: the part of a ring inside the rectangle ``bounds``."""
    xmin, ymin, xmax, ymax = bounds
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    if not ring or max(xs) < xmin or min(xs) > xmax or max(ys) < ymin or min(ys) > ymax:
        return []
    if min(xs) >= xmin and max(xs) <= xmax and min(ys) >= ymin and max(ys) <= ymax:
        return ring
    edges = (
        (lambda p: p[0] >= xmin, lambda p, q: _cross_x(p, q, xmin)),
        (lambda p: p[0] <= xmax, lambda p, q: _cross_x(p, q, xmax)),
        (lambda p: p[1] >= ymin, lambda p, q: _cross_y(p, q, ymin)),
        (lambda p: p[1] <= ymax, lambda p, q: _cross_y(p, q, ymax)),
    )
    for inside, cross in edges:
        clipped = []
        for i, current in enumerate(ring):
            previous = ring[i - 1]
            if inside(current):
                if not inside(previous):
                    clipped.append(cross(previous, current))
                clipped.append(current)
            elif inside(previous):
                clipped.append(cross(previous, current))
        ring = clipped
        if not ring:
            break
    return ring


def _cross_x(p, q, x):
    t = (x - p[0]) / (q[0] - p[0])
    return x, p[1] + t * (q[1] - p[1])


def _cross_y(p, q, y):
    t = (y - p[1]) / (q[1] - p[1])
    return p[0] + t * (q[0] - p[0]), y


def _round(points):
    rounded = []
    for x, y in points:
        point = (round(x), round(y))
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    return rounded


def _inside(point, width, height):
    return 0 <= point[0] <= width and 0 <= point[1] <= height


def _area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _centre(ring):
    """The centroid of a ring, or the middle of its points when it has no area."""
    area = _area(ring)
    if abs(area) < 1:
        return round(sum(x for x, _ in ring) / len(ring)), round(sum(y for _, y in ring) / len(ring))
    pairs = list(zip(ring, ring[1:] + ring[:1], strict=True))
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in pairs) / (6 * area)
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in pairs) / (6 * area)
    return round(cx), round(cy)


def _path(pieces):
    """Compact SVG path data: an absolute move, then relative lines, per piece."""
    parts = []
    for piece in pieces:
        (x, y), rest = piece[0], piece[1:]
        steps = []
        for nx, ny in rest:
            steps += [nx - x, ny - y]
            x, y = nx, ny
        parts.append(f"M{piece[0][0]} {piece[0][1]}" + (f"l{_numbers(steps)}" if steps else "h0") + "z")
    return "".join(parts)


def _numbers(values):
    # A minus sign separates numbers by itself, so "3 -2" is written "3-2".
    text = ""
    for value in values:
        text += str(value) if value < 0 or not text else f" {value}"
    return text
