#!/usr/bin/env python3
"""Writes the ONS reference files SaferPlan ships (src/main/resources/reference/ons) from the national files:
national tables whole, LSOA tables cut to the Dorset and Wiltshire police force areas (the demo's area).
Usage: scripts/make-reference-subset.py ../shared/data/ons"""
import csv, os, sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ons"
TARGET = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "reference", "ons")
AUTHORITIES = {"E06000058", "E06000059", "E06000054", "E06000030"}  # BCP, Dorset, Wiltshire, Swindon
WHOLE = ["lookup_ltla24_csp24_pfa24.csv", "population19_ltla19.csv", "population20_ltla21.csv"]

def rows(name):
    with open(os.path.join(SOURCE, name), newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, list(reader)

def write(name, header, data):
    with open(os.path.join(TARGET, name), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(data)

os.makedirs(TARGET, exist_ok=True)
for name in WHOLE:
    write(name, *rows(name))
header, data = rows("lookup_lsoa11_ltla21.csv")
lsoa11 = {r[header.index("lsoa11_code")] for r in data if r[header.index("ltla21_code")] in AUTHORITIES}
header, data = rows("lookup_lsoa21_ward24_ltla24.csv")
lsoa21 = {r[header.index("lsoa21_code")] for r in data if r[header.index("ltla24_code")] in AUTHORITIES}
for name, column, keep in [
    ("lookup_lsoa11_ltla21.csv", "lsoa11_code", lsoa11),
    ("lookup_lsoa11_ltla19.csv", "lsoa11_code", lsoa11),
    ("lookup_lsoa11_ward17.csv", "lsoa11_code", lsoa11),
    ("lookup_lsoa11_lsoa21_ltla22.csv", "lsoa11_code", lsoa11),
    ("lookup_lsoa21_ward24_ltla24.csv", "lsoa21_code", lsoa21),
    ("population17_lsoa11_totals.csv", "lsoa11_code", lsoa11),
    ("population19_lsoa11_totals.csv", "lsoa11_code", lsoa11),
    ("population20_lsoa11_totals.csv", "lsoa11_code", lsoa11),
]:
    header, data = rows(name)
    write(name, header, [r for r in data if r[header.index(column)] in keep])
print("wrote", TARGET)
