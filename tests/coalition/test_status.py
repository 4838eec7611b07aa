import datetime as dt
from types import SimpleNamespace

import pytest

from coalition.models import Pledge
from coalition.status import MapStatus, derive_status, is_member_on, nation_status

C, S = Pledge.Category, Pledge.Status


def pledges(*pairs):
    return [SimpleNamespace(category=category, status=status) for category, status in pairs]


@pytest.mark.parametrize(
    ("given", "is_member", "expected"),
    [
        (pledges((C.TROOPS, S.PLEDGED), (C.SEA, S.DECLINED)), True, MapStatus.TROOPS),
        (pledges((C.TROOPS, S.DELIVERED)), True, MapStatus.TROOPS),
        (pledges((C.SECURITY_GUARANTEE, S.PLEDGED), (C.TROOPS, S.DECLINED)), False, MapStatus.BACKSTOP),
        (pledges((C.SECURITY_GUARANTEE, S.PLEDGED)), True, MapStatus.SUPPORT),
        (pledges((C.LOGISTICS, S.PLEDGED), (C.TROOPS, S.DECLINED)), True, MapStatus.SUPPORT),
        (pledges((C.TROOPS, S.CONSIDERING), (C.TROOPS, S.DECLINED)), True, MapStatus.CONSIDERING),
        (pledges((C.TROOPS, S.DECLINED)), True, MapStatus.DECLINED),
        (pledges((C.TROOPS, S.WITHDRAWN)), True, MapStatus.NONE),
        (pledges(), True, MapStatus.NONE),
    ],
)
def test_status_is_derived_from_confirmed_pledges(given, is_member, expected):
    assert derive_status(given, is_member=is_member) == expected


def test_every_status_is_reachable():
    reached = {
        derive_status(pledges(*p), is_member=m)
        for p, m in [
            (((C.TROOPS, S.PLEDGED),), True),
            (((C.SECURITY_GUARANTEE, S.PLEDGED),), False),
            (((C.AIR, S.PLEDGED),), True),
            (((C.AIR, S.CONSIDERING),), True),
            (((C.TROOPS, S.DECLINED),), True),
            ((), True),
        ]
    }
    assert reached == set(MapStatus) - {MapStatus.RECIPIENT}


def test_a_category_counts_only_its_own_pledges():
    given = pledges((C.TROOPS, S.DECLINED), (C.LOGISTICS, S.PLEDGED), (C.AIR, S.CONSIDERING))
    assert derive_status(given, is_member=True) == MapStatus.SUPPORT
    assert derive_status(given, is_member=True, category=C.TROOPS) == MapStatus.DECLINED
    assert derive_status(given, is_member=True, category=C.AIR) == MapStatus.CONSIDERING
    assert derive_status(given, is_member=True, category=C.SEA) == MapStatus.NONE


def test_as_of_counts_only_pledges_known_by_that_day():
    day = dt.date(2025, 9, 4)
    given = [
        SimpleNamespace(category=C.TROOPS, status=S.PLEDGED, known_on=day),
        SimpleNamespace(category=C.AIR, status=S.PLEDGED, known_on=day - dt.timedelta(days=30)),
    ]
    assert derive_status(given, is_member=True, as_of=day - dt.timedelta(days=31)) == MapStatus.NONE
    assert derive_status(given, is_member=True, as_of=day - dt.timedelta(days=1)) == MapStatus.SUPPORT
    assert derive_status(given, is_member=True, as_of=day) == MapStatus.TROOPS


def test_membership_counts_from_the_day_a_nation_joined():
    joined = dt.date(2025, 3, 2)
    nation = SimpleNamespace(is_member=True, role_since=joined)
    assert is_member_on(nation) and is_member_on(nation, joined)
    assert not is_member_on(nation, joined - dt.timedelta(days=1))
    assert is_member_on(SimpleNamespace(is_member=True, role_since=None), joined)
    assert not is_member_on(SimpleNamespace(is_member=False, role_since=None))


def test_ukraine_is_shown_as_the_recipient_whatever_it_pledges():
    ukraine = SimpleNamespace(
        code="UA", is_member=True, role_since=None, confirmed_pledges=pledges((C.TROOPS, S.PLEDGED))
    )
    assert nation_status(ukraine) == MapStatus.RECIPIENT
