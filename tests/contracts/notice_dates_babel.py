#!/usr/bin/env python3
"""Compares the date the importer reads from a notice (its `updated`, through
`components/examples/import_notice.rs`) with dates written here by a library we did not
write: Babel's CLDR formats for Finnish, Swedish and English, the way notices write them
("3. lokakuuta 2023", "tisdag 3 oktober 2023", "Oct 3, 2023", "2023-10-03").

1. Dates at random with a seed, 1990-2040, each in the formats below, after a label in the
   same language ("Päivitetty:", "Uppdaterad:", "Last updated:") at the end of a small
   notice: the importer must read exactly that day.
2. Days that do not exist (31 February, 31 April, 29 February of a common year), written
   as notices write dates: the importer must read no date from them (Python's `datetime`
   says which days exist).

Any difference fails; prints how many of each were compared.

Usage: tests/contracts/notice_dates_babel.py PATH_TO_import_notice [DATES]
"""
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile

from babel.dates import format_date

LABELS = {"fi": "Päivitetty:", "sv": "Uppdaterad:", "en": "Last updated:"}
# CLDR's own formats (full has the weekday, medium the month's short name) and the two
# that need no language: d.M.yyyy, as Finland writes dates, and ISO 8601.
FORMATS = ["full", "long", "medium", "d.M.y", "y-MM-dd"]
NOTICE = "Tietosuojaseloste\n\n1. Rekisterinpitäjä\nKunta\n\n2. Rekisterin nimi\nAsiakasrekisteri\n\n{line}\n"


def read_date(importer, line, folder):
    """The `updated` the importer gives a notice that ends with `line`, or None."""
    path = os.path.join(folder, "notice.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(NOTICE.format(line=line))
    run = subprocess.run([importer, path], capture_output=True, text=True, check=True)
    return json.loads(run.stdout).get("updated")


def main():
    importer = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    rng = random.Random(20261204)
    first, last = dt.date(1990, 1, 1).toordinal(), dt.date(2040, 12, 31).toordinal()
    days = [dt.date.fromordinal(rng.randint(first, last)) for _ in range(count)]
    days += [dt.date(2024, 2, 29), dt.date(2023, 12, 31), dt.date(2023, 1, 1)]
    wrong = []
    compared = 0
    with tempfile.TemporaryDirectory() as folder:
        for lang, label in LABELS.items():
            for form in FORMATS:
                for day in days:
                    written = format_date(day, form, locale=lang)
                    got = read_date(importer, f"{label} {written}", folder)
                    compared += 1
                    if got != day.isoformat():
                        wrong.append(f"{lang} {form}: {label} {written!r} read as {got}, not {day}")
        # Days that do not exist, written as notices write dates.
        impossible = 0
        for year in (2023, 2025):
            for month, d in ((2, 29), (2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)):
                try:
                    dt.date(year, month, d)
                    continue
                except ValueError:
                    pass
                for line in (f"Päivitetty: {d}.{month}.{year}", f"Uppdaterad: {year}-{month:02}-{d:02}"):
                    got = read_date(importer, line, folder)
                    impossible += 1
                    if got is not None:
                        wrong.append(f"{line!r} read as {got}, a day that does not exist")
    print(f"{compared} dates written by Babel (CLDR) in fi, sv and en, {impossible} days that do not exist")
    if wrong:
        print("\n".join(wrong[:40]))
        print(f"{len(wrong)} differences")
        sys.exit(1)


if __name__ == "__main__":
    main()
