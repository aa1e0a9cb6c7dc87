#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file with python3-icalendar (a reader Yttra did not write) and prints
what it found as JSON: the calendar's name and, per component, its kind, uid, dates, summary,
description, categories and status. Exits 1 with the reason when the file does not parse."""

import json
import sys

import icalendar


def text(value):
    return None if value is None else str(value)


def main(path):
    with open(path, 'rb') as f:
        data = f.read()
    calendar = icalendar.Calendar.from_ical(data)
    out = {'name': text(calendar.get('X-WR-CALNAME')), 'version': text(calendar.get('VERSION')),
           'prodid': text(calendar.get('PRODID')), 'components': []}
    for component in calendar.walk():
        if component.name not in ('VEVENT', 'VTODO'):
            continue
        entry = {'kind': component.name, 'uid': text(component.get('UID')),
                 'summary': text(component.get('SUMMARY')),
                 'description': text(component.get('DESCRIPTION')),
                 'status': text(component.get('STATUS')),
                 'dtstamp': component.decoded('DTSTAMP').isoformat() if component.get('DTSTAMP') else None}
        for key in ('DTSTART', 'DTEND', 'DUE'):
            if component.get(key) is not None:
                entry[key.lower()] = component.decoded(key).isoformat()
        categories = component.get('CATEGORIES')
        if categories is not None:
            entry['categories'] = [str(c) for c in categories.cats]
        out['components'].append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    try:
        main(sys.argv[1])
    except Exception as e:  # noqa: BLE001 - any failure to read is the answer
        print(f'{type(e).__name__}: {e}', file=sys.stderr)
        sys.exit(1)
