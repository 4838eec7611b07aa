from types import SimpleNamespace

import pytest

from coalition.models import Pledge
from coalition.status import MapStatus, derive_status

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
    assert reached == set(MapStatus)
