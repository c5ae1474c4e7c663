"""A facility's city and region, read from its name: the examples beside the reader, and its data."""

from __future__ import annotations

import pytest

from extractors.data import place_regions as data
from extractors.data.places import PLACES
from extractors.facility_place import EXAMPLES, NOWHERE, FacilityPlace, facility_place


@pytest.mark.parametrize(("name", "country", "expected"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_example(name: str, country: str | None, expected: FacilityPlace) -> None:
    assert facility_place(name, country) == expected


def test_the_examples_hold_positives_and_negatives() -> None:
    places = [expected for _, _, expected in EXAMPLES]
    assert NOWHERE in places
    assert any(p.city and p.region for p in places)
    assert any(p.region and not p.city for p in places)


def test_every_gazetteer_place_of_a_covered_country_is_accounted_for() -> None:
    """A place added to places.py for a country with provinces must be said to be a country's name,
    a province, a city of one, a district, a variant spelling, or a city whose province is unknown:
    otherwise it would be taken for a city of no province, which a province would not be."""
    for country, provinces in data.PROVINCES.items():
        known = {
            *data.COUNTRY_NAMES.get(country, ()),
            *provinces,
            *(city for cities in provinces.values() for city in cities),
            *data.DISTRICTS.get(country, {}),
            *data.SAME_AS.get(country, {}),
            *data.PROVINCE_UNKNOWN.get(country, ()),
        }
        assert [p for p in PLACES[country] if p not in known] == [], country


def test_every_place_the_table_names_is_a_gazetteer_place() -> None:
    """Cities, districts and country names must be spelled as places.py spells them (or be the stored
    spelling of a variant it has), or the reader would never find them."""
    for country, provinces in data.PROVINCES.items():
        spelled = {*PLACES[country], *data.SAME_AS.get(country, {}).values()}
        named = [
            *(city for cities in provinces.values() for city in cities),
            *data.DISTRICTS.get(country, {}),
            *data.COUNTRY_NAMES.get(country, ()),
            *data.PROVINCE_UNKNOWN.get(country, ()),
        ]
        assert [p for p in named if p not in spelled] == [], country


def test_a_place_of_two_countries_needs_the_country() -> None:
    assert facility_place("مستشفى طرابلس الحكومي", "LB") == FacilityPlace("طرابلس", "الشمال")
    assert facility_place("مستشفى طرابلس الحكومي", "LY") == FacilityPlace("طرابلس", None)
    assert facility_place("مستشفى طرابلس الحكومي") == NOWHERE
