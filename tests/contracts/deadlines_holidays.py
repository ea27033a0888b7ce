#!/usr/bin/env python3
"""Compares seloste's deadlines (`seloste::deadline`, through
`components/examples/deadlines.rs`) with ones computed here by libraries we did not write:
the `holidays` package's calendar of Finland, `zoneinfo`'s Europe/Helsinki (the system's
tz database) and `dateutil`'s month arithmetic.

1. Every day of 1996-2040: is it a working day (not a Saturday, Sunday or public holiday)?
2. Moments at random with a seed, many of them in the hours around midnight in Finland and
   on the nights summer time begins and ends: the day of receipt in Finland, then one
   month and three months later, moved to the next working day (Regulation 1182/71,
   Art. 3(4)).

Any difference fails; prints how many of each were compared. The years are those of the
calendar and the summer-time rule seloste implements (Finland's since 1991 and 1996).

Usage: tests/contracts/deadlines_holidays.py PATH_TO_deadlines [MOMENTS]
       tests/contracts/deadlines_holidays.py --expect TIMESTAMP
The second prints what a request received at TIMESTAMP should show, computed here only
(the day of receipt in Finland, the answer's deadline, the extended one): the end-to-end
tests compare the pages with it (tests/e2e/deadline.mjs).
"""
import datetime as dt
import random
import subprocess
import sys
from zoneinfo import ZoneInfo

import holidays
from dateutil.relativedelta import relativedelta

FIRST, LAST = 1996, 2040
HELSINKI = ZoneInfo("Europe/Helsinki")
FINLAND = holidays.Finland(years=range(FIRST, LAST + 2))
rng = random.Random(20261203)


def working(day):
    return day.weekday() < 5 and day not in FINLAND


def working_from(day):
    while not working(day):
        day += dt.timedelta(days=1)
    return day


def moment():
    """A UTC moment of FIRST..LAST, often near midnight in Finland or a change of clocks."""
    day = dt.date(FIRST, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(LAST, 12, 1) - dt.date(FIRST, 1, 1)).days))
    pick = rng.random()
    if pick < 0.3:  # the nights the clocks change: the last Sundays of March and October
        month = rng.choice([3, 10])
        last = dt.date(day.year, month, 31)
        day = last - dt.timedelta(days=(last.weekday() + 1) % 7) + dt.timedelta(days=rng.choice([-1, 0]))
    local = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    if pick < 0.7:  # within two hours of midnight in Finland (21:00-22:00 UTC)
        local += dt.timedelta(hours=20, minutes=rng.randrange(240))
    else:
        local += dt.timedelta(seconds=rng.randrange(86400))
    offset = rng.choice([0, 0, 0, 120, -180, 330])
    at = local.astimezone(dt.timezone(dt.timedelta(minutes=offset)))
    text = at.isoformat()
    return text.replace("+00:00", "Z") if offset == 0 else text


def expected(text):
    received = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(HELSINKI).date()
    due = working_from(received + relativedelta(months=1))
    extended = working_from(received + relativedelta(months=3))
    return f"{received} {due} {extended}"


def main():
    if sys.argv[1] == "--expect":
        print(expected(sys.argv[2]))
        return
    tool = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    days = [dt.date(FIRST, 1, 1) + dt.timedelta(days=n) for n in range((dt.date(LAST, 12, 31) - dt.date(FIRST, 1, 1)).days + 1)]
    moments = [moment() for _ in range(count)]
    lines = [f"day {d}" for d in days] + [f"received {m}" for m in moments]
    run = subprocess.run([tool], input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    answers = run.stdout.splitlines()
    if len(answers) != len(lines):
        sys.exit(f"{len(lines)} lines in, {len(answers)} answers out")
    wrong = []
    for line, answer in zip(lines, answers):
        kind, value = line.split(" ", 1)
        want = ("working" if working(dt.date.fromisoformat(value)) else "off") if kind == "day" else expected(value)
        if answer != want:
            wrong.append(f"{line}: seloste {answer}, expected {want}")
    off = sum(1 for d in days if not working(d))
    print(f"{len(days)} days of {FIRST}-{LAST} ({off} off), {len(moments)} moments of receipt: {len(wrong)} differ")
    for w in wrong[:20]:
        print(w)
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
