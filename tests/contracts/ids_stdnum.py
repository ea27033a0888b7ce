#!/usr/bin/env python3
"""Compares seloste's readers of personal identity numbers (`seloste::id::parse`, through
`components/examples/parse_ids.rs`) with python-stdnum, an implementation we did not
write, on numbers made at random with a seed: valid check digits, edge dates, D-, H- and
coordination numbers, every century rule, births in the future. The Finnish Business ID
(`seloste::validate::business_id`) is compared with `stdnum.fi.ytunnus` the same way.

Where the two differ on purpose, the reason is the country's own rule, written below in
KNOWN; any other difference fails. Prints how many numbers each country had and how many
agreed.

Usage: tests/contracts/ids_stdnum.py PATH_TO_parse_ids [COUNT_PER_COUNTRY]
"""
import datetime
import os
import random
import subprocess
import sys

from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.fi import hetu, ytunnus
from stdnum.no import fodselsnummer
from stdnum.se import personnummer

TODAY = datetime.date.today()
rng = random.Random(20261202)


def birth_day():
    """A day from 1850 to two years from now, often near today or a century's edge."""
    pick = rng.random()
    if pick < 0.2:
        return TODAY + datetime.timedelta(days=rng.randint(-40, 40))
    if pick < 0.3:
        year = rng.choice([1899, 1900, 1999, 2000, TODAY.year - 100, TODAY.year])
        return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
    start = datetime.date(1850, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, TODAY.toordinal() + 730))


def no_check(digits):
    def mod11(ds, ws):
        k = 11 - sum(d * w for d, w in zip(ds, ws)) % 11
        return 0 if k == 11 else (None if k == 10 else k)

    d = [int(c) for c in digits]
    k1 = mod11(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])
    if k1 is None:
        return None
    k2 = mod11(d + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return None if k2 is None else f'{digits}{k1}{k2}'


def norwegian():
    while True:
        b = birth_day()
        day, month = b.day, b.month
        kind = rng.random()
        if kind < 0.15:
            day += 40  # D-number
        elif kind < 0.3:
            month += 40  # H-number
        elif kind < 0.35:
            day += 80  # FH-number: no date at all
        number = no_check(f'{day:02}{month:02}{b.year % 100:02}{rng.randint(0, 999):03}')
        if number:
            return number


def danish():
    b = birth_day()
    return f'{b.day:02}{b.month:02}{b.year % 100:02}-{rng.randint(0, 9999):04}'


def luhn(digits):
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return str((10 - total % 10) % 10)


def swedish():
    b = birth_day()
    day = b.day + (60 if rng.random() < 0.1 else 0)  # coordination number
    serial = rng.choice(['000', f'{rng.randint(0, 999):03}'])
    ten = f'{b.year % 100:02}{b.month:02}{day:02}{serial}'
    ten += luhn(ten)
    form = rng.random()
    if form < 0.4:
        return f'{b.year // 100}{ten}'  # YYYYMMDDNNNC
    sep = '+' if TODAY.year - b.year >= 100 and rng.random() < 0.7 else '-'
    return f'{ten[:6]}{sep}{ten[6:]}'


def finnish():
    b = birth_day()
    if b.year < 1900:
        sign = '+'
    elif b.year < 2000:
        sign = rng.choice('-YXWVU')
    else:
        sign = rng.choice('ABCDEF')
    individual = rng.randint(2, 999)
    base = f'{b.day:02}{b.month:02}{b.year % 100:02}{individual:03}'
    check = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(base) % 31]
    return f'{base[:6]}{sign}{base[6:]}{check}'


def estonian():
    b = birth_day()
    century = {18: 1, 19: 3, 20: 5, 21: 7}.get(b.year // 100, 9)
    first = century + rng.randint(0, 1)
    base = f'{first}{b.year % 100:02}{b.month:02}{b.day:02}{rng.randint(0, 999):03}'
    check = ik.calc_check_digit(base)
    return base + check


def business():
    """A Business ID: valid (any remainder), with its last digit changed, or written as
    editors write them (no hyphen, spaces around, a VAT number's FI, a hyphen elsewhere)."""
    body = f'{rng.randint(0, 9999999):07}'
    r = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), body)) % 11
    check = rng.randint(0, 9) if r == 1 or rng.random() < 0.3 else (0 if r == 0 else 11 - r)
    number = f'{body}-{check}'
    shape = rng.random()
    if shape < 0.15:
        return number.replace('-', '')
    if shape < 0.25:
        return f' {number} '
    if shape < 0.3:
        return 'FI' + number.replace('-', '')
    if shape < 0.35:
        return f'{body[:3]}-{body[3:]}{check}'
    return number


def stdnum_business(number):
    """python-stdnum's verdict on a Business ID: its written form, or None."""
    try:
        return ytunnus.format(ytunnus.validate(number))
    except Exception:
        return None


def stdnum_birth(country, number):
    """python-stdnum's verdict: the date of birth, or None when it refuses the number."""
    try:
        if country == 'no':
            fodselsnummer.validate(number)
            return fodselsnummer.get_birth_date(number)
        if country == 'dk':
            cpr.validate(number)
            return cpr.get_birth_date(number)
        if country == 'se':
            personnummer.validate(number)
            return personnummer.get_birth_date(number)
        if country == 'fi':
            hetu.validate(number, allow_temporary=True)
            return _fi_birth(number)
        if country == 'ee':
            ik.validate(number)
            return ik.get_birth_date(number)
    except Exception:
        return None


def _fi_birth(number):
    century = {'+': 1800, '-': 1900, 'Y': 1900, 'X': 1900, 'W': 1900, 'V': 1900, 'U': 1900}.get(number[6], 2000)
    return datetime.date(century + int(number[4:6]), int(number[2:4]), int(number[0:2]))


def known(country, number, ours, theirs):
    """Why seloste differs from python-stdnum here, by the country's own rules; None if it should not."""
    if country == 'business_id' and ours is None and theirs is not None:
        if number.strip().upper().startswith('FI'):
            return 'business_id: FI12345678 is the VAT number, not the Business ID; python-stdnum reads both alike'
        if '-' in number and number.strip()[-2] != '-':
            return 'business_id: a hyphen only before the check digit (1234567-8); python-stdnum drops hyphens anywhere'
    if country in ('fi', 'ee') and ours is None and theirs is not None and theirs > TODAY:
        return f'{country}: a date of birth after today (not issued yet); python-stdnum checks that for Norway and Denmark only'
    if country == 'se':
        digits = number.replace('-', '').replace('+', '')[-10:]
        if ours is None and digits[6:9] == '000':
            return 'se: birth number 000 is never issued (Skatteverket); python-stdnum does not check it'
        if ours is not None and int(digits[4:6]) > 60:
            return 'se: a coordination number (day + 60); python-stdnum reads personnummer only'
        if ours is None and theirs is not None and theirs > TODAY:
            return 'se: a date of birth after today; python-stdnum checks no date against today for Sweden'
        if ours is not None and theirs is not None and ours != theirs and len(number) == 11:
            return 'se: the century of the short form from the whole date (under 100 on that day), not the year alone'
        if ours is None and theirs is not None and len(number) == 11 and number[6] == '+' and theirs.year == TODAY.year - 100:
            return 'se: "+" for someone turning 100 later this year; seloste counts the whole date'
    return None


def main():
    binary = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    makers = {'fi': finnish, 'se': swedish, 'no': norwegian, 'dk': danish, 'ee': estonian, 'business_id': business}
    cases = [(c, make()) for c, make in makers.items() for _ in range(count)]
    env = dict(os.environ, SELOSTE_TODAY=TODAY.isoformat())
    run = subprocess.run([binary], input=''.join(f'{c} {n}\n' for c, n in cases), capture_output=True, text=True, env=env, check=True)
    answers = run.stdout.splitlines()
    assert len(answers) == len(cases), f'{len(answers)} answers to {len(cases)} numbers'
    unexplained, explained, agreed, accepted = [], {}, {}, {}
    for (country, number), answer in zip(cases, answers):
        if country == 'business_id':
            ours = answer[3:] if answer.startswith('ok ') else None
            theirs = stdnum_business(number)
        else:
            ours = datetime.date.fromisoformat(answer[3:]) if answer.startswith('ok ') else None
            theirs = stdnum_birth(country, number)
        accepted[country] = accepted.get(country, 0) + (ours is not None)
        if ours == theirs:
            agreed[country] = agreed.get(country, 0) + 1
            continue
        why = known(country, number, ours, theirs)
        if why:
            explained[why] = explained.get(why, 0) + 1
        else:
            unexplained.append(f'{country} {number}: seloste {ours}, python-stdnum {theirs}')
    for country in makers:
        print(f'{country}: {count} numbers, {accepted.get(country, 0)} valid for seloste, {agreed.get(country, 0)} agree with python-stdnum')
    for why, n in sorted(explained.items()):
        print(f'  differ on purpose ({n}): {why}')
    for line in unexplained[:40]:
        print(f'  UNEXPLAINED: {line}')
    if unexplained:
        print(f'{len(unexplained)} unexplained differences')
        sys.exit(1)


if __name__ == '__main__':
    main()
