"""tariff_series linking time on large synthetic editions (issue 11: it was quadratic).

    .venv/bin/python bench/bench_series.py [--rows 10000 40000 100000] [--cap 300]

Builds two editions of a tariff list with rows/3 tariffs: the old one prints each tariff
for two years, the new one for one; of the new edition's tariffs 60 % are printed as
before (exact links), 25 % reworded (punctuation, word order, a spelling: fuzzy
candidates) and 15 % are new. Items are 2-6 words of a tariff list's vocabulary, 40 %
with an age span or a count, under 1 of ~rows/60 headings, with 1 of 8 units. Each size
runs in a child process stopped at --cap seconds; prints seconds and the links made.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import time
from collections import Counter

import pyarrow as pa

WORDS = ("leje hal gymnastiksal svømmehal idrætsanlæg fodboldbane kunstgræs græs stadion lokale mødelokale "
         "klubhus omklædning bad sauna foreninger private borgere børn unge voksne pensionister weekend "
         "hverdage aften sæsonkort årskort enkeltbillet billet rengøring nøgle depositum udlån bibliotek "
         "kopi print scanning pas kørekort gebyr opmåling byggesag vejret containerplads affald storskrald "
         "haveaffald tømning beholder renovation hjemmepleje madservice tandpleje dagpleje vuggestue "
         "børnehave fritidshjem klub skolefritidsordning musikskole undervisning instrument leje kursus").split()
HEADINGS = ("Kultur og fritid", "Idrætsanlæg", "Svømmehaller", "Biblioteker", "Borgerservice", "Teknik og miljø",
            "Affald", "Ældre", "Børn og unge", "Skoler", "Musikskole", "Lokaleudlån")
UNITS = ("Kr. pr. time", "pr. gang", "pr. stk.", "pr. md.", "pr. år", "pr. side", "pr. kursus", "")
SPANS = ("0-11 år", "12-17 år", "18-64 år", "65 år", "1 time", "2 timer", "4 timer", "10 klip")


def synthetic_editions(rows: int, seed: int = 11) -> pa.Table:
    from pipeline.schemas import TABLES

    rng = random.Random(seed)
    count = max(1, rows // 3)
    sections = [f"{rng.choice(HEADINGS)} > {rng.choice(WORDS).capitalize()} {n}" for n in range(max(1, rows // 60))]
    tariffs = [(rng.choice(sections), _item(rng), rng.choice(UNITS)) for _ in range(count)]
    old = [_row("old", t, period, n) for n, t in enumerate(tariffs) for period in ("2019", "2020")]
    new = []
    for n, (section, item, unit) in enumerate(tariffs):
        fate = rng.random()
        if fate < 0.25:
            item = _reword(rng, item)
        elif fate < 0.40:
            section, item, unit = rng.choice(sections), _item(rng), rng.choice(UNITS)
        new.append(_row("new", (section, item, unit), "2023", n))
    return pa.Table.from_pylist(old + new, schema=TABLES["tariffs"])


def _item(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(2, 6))]
    if rng.random() < 0.4:
        words.append(rng.choice(SPANS))
    return " ".join(words).capitalize()


def _reword(rng: random.Random, item: str) -> str:
    words = item.split()
    how = rng.randrange(3)
    if how == 0 and len(words) > 2:
        words[0] += ","
    elif how == 1 and len(words) > 2:
        words[1], words[2] = words[2], words[1]
    else:
        words[-1] += "e"
    return " ".join(words)


def _row(document_id: str, tariff: tuple[str, str, str], period: str, number: int) -> dict:
    section, item, unit = tariff
    return {"document_id": document_id, "page": None, "committee": None, "section": section.split(" > ")[-1],
            "item": item, "unit": unit or None, "period": period, "value_text": "100,00", "amount_dkk": 100.0,
            "value_kind": "amount", "vat_excluded": None, "section_path": section, "note": None,
            "row_number": number, "bbox_x0": None, "bbox_top": None, "bbox_x1": None, "bbox_bottom": None}


def _measure(rows: int, answer) -> None:
    from pipeline.series import link_series

    table = synthetic_editions(rows)
    started = time.perf_counter()
    series = link_series(table, {"old": "2019-2020", "new": "2023"})
    answer.send((time.perf_counter() - started, table.num_rows, dict(Counter(series.column("link").to_pylist()))))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 40_000, 100_000])
    parser.add_argument("--cap", type=float, default=300.0, help="seconds before a size is given up")
    args = parser.parse_args()
    context = multiprocessing.get_context("fork")
    for rows in args.rows:
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_measure, args=(rows, sender))
        child.start()
        if receiver.poll(args.cap):
            seconds, linked, links = receiver.recv()
            print(f"{linked:7d} rows: {seconds:7.2f} s  links {links}")
        else:
            print(f"{rows:7d} rows: not finished after {args.cap:g} s")
        child.kill()
        child.join()


if __name__ == "__main__":
    main()
