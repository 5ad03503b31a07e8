"""The what-if line: the fewest actions that would lift a member to the next colour by the period's end.

Actions are slips a member can still turn in: referrals, visitors, testimonials, one-to-ones, CEUs,
and thank-yous (one slip of the amount needed counts as one action). Absences and lates are history.
The meetings left in the period are assumed attended (they add to the meetings held, so per-week
rates are divided by the larger number). Each area's points depend on one figure, so the total is
base + the gains of each kind of action; the fewest actions come from a small exact search over the
action counts (a knapsack by number of actions), not from a greedy guess.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from totalnet_desktop.core.chapter.amounts import format_amount
from totalnet_desktop.core.chapter.scheme import Scheme
from totalnet_desktop.core.chapter.traffic_lights import Figures, score
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, joined

# action -> the Figures field it raises; in the order a what-if line names them
ACTION_FIELDS = {"referral": "referrals", "visitor": "visitors", "testimonial": "testimonials",
                 "one-to-one": "one_to_ones", "CEU": "ceus", "TYFCB": "tyfcb"}


@dataclass(frozen=True)
class Plan:
    colour: str  # the colour now
    target: str | None  # the next colour (None: already the best)
    reachable: bool
    actions: tuple[tuple[str, int], ...] = ()  # (action, how many), TYFCB excluded
    tyfcb: int = 0  # the thank-you amount needed (whole currency units), 0 when none
    remaining: int = 0

    @property
    def count(self) -> int:
        """How many actions the plan takes (a thank-you of any amount is one)."""
        return sum(n for _, n in self.actions) + (1 if self.tyfcb else 0)


def with_actions(figures: Figures, actions: dict[str, int], tyfcb: int = 0, remaining: int = 0) -> Figures:
    """The figures after the given actions and the remaining meetings attended."""
    changes = {ACTION_FIELDS[a]: getattr(figures, ACTION_FIELDS[a]) + n for a, n in actions.items() if n}
    if tyfcb:
        changes["tyfcb"] = figures.tyfcb + tyfcb
    return replace(figures, attended=figures.attended + remaining, counted=figures.counted + remaining, **changes)


def _options(scheme: Scheme, base: Figures, held: int, action: str, need: Decimal) -> list[tuple[int, Decimal, int]]:
    """(actions, gain, amount) worth considering for one kind: each count that gains more than the last."""
    areas = [i for i, a in enumerate(scheme.areas) if a.action == action]
    base_points = score(scheme, base, held).points
    top = sum((scheme.areas[i].points(Fraction(10) ** 12) - base_points[i] for i in areas), Decimal(0))
    if top <= 0:
        return [(0, Decimal(0), 0)]

    def gain(f: Figures) -> Decimal:
        return sum((scheme.areas[i].points(f.measure(scheme.areas[i].measure, held)) - base_points[i]
                    for i in areas), Decimal(0))

    out = [(0, Decimal(0), 0)]
    if action == "TYFCB":
        amounts = set()
        for i in areas:
            area = scheme.areas[i]
            limits = [area.linear_target] if area.linear_points is not None else [b.limit for b in area.bands]
            for b in area.bands:
                if b.inclusive:
                    limits.append(b.limit + Fraction(1, 100))
            for limit in limits:
                if limit is not None and limit > base.tyfcb:
                    amounts.add(math.ceil(limit - base.tyfcb))
        for amount in sorted(amounts):
            g = gain(replace(base, tyfcb=base.tyfcb + amount))
            if g > out[-1][1]:
                out.append((1, g, amount))
        # One slip: keep every amount (the search picks the smallest that is enough).
        return out
    field = ACTION_FIELDS[action]
    cap = max(60, 4 * held + 10)
    for k in range(1, cap + 1):
        g = gain(replace(base, **{field: getattr(base, field) + k}))
        if g > out[-1][1]:
            out.append((k, g, 0))
        if g >= top or g >= need:
            break
    return out


def plan(scheme: Scheme, figures: Figures, held: int, remaining: int = 0) -> Plan:
    """The fewest actions reaching the colour above the member's current one by the end of the period."""
    now = score(scheme, figures, held)
    above = scheme.next_colour(now.colour)
    if above is None:
        return Plan(now.colour, None, True, remaining=remaining)
    target, cutoff = above
    total_held = held + remaining
    base = with_actions(figures, {}, 0, remaining)
    need = Decimal(cutoff.numerator) / Decimal(cutoff.denominator) - score(scheme, base, total_held).total
    if need <= 0:
        return Plan(now.colour, target, True, remaining=remaining)
    kinds = [k for k in ACTION_FIELDS if any(a.action == k for a in scheme.areas)]
    # best[cost] = (gain, choices): the largest gain reachable with exactly ``cost`` actions.
    best: dict[int, tuple[Decimal, tuple]] = {0: (Decimal(0), ())}
    options = {k: _options(scheme, base, total_held, k, need) for k in kinds}
    for kind in kinds:
        nxt: dict[int, tuple[Decimal, tuple]] = {}
        for cost, (gain, choices) in best.items():
            for n, g, amount in options[kind]:
                key = cost + n
                candidate = (gain + g, choices + ((kind, n, amount),))
                if key not in nxt or candidate[0] > nxt[key][0]:
                    nxt[key] = candidate
        best = nxt
    for cost in sorted(best):
        gain, choices = best[cost]
        if gain >= need:
            return _smallest_amount(Plan(now.colour, target, True, remaining=remaining), choices, options, need)
    return Plan(now.colour, target, False, remaining=remaining)


def _smallest_amount(result: Plan, choices: tuple, options: dict, need: Decimal) -> Plan:
    """Keep the counts; lower the thank-you amount to the smallest that still reaches the colour."""
    counted = [(k, n, g) for k, n, _ in choices for on, g, _ in options[k] if on == n and k != "TYFCB"]
    others = sum((g for _, _, g in counted), Decimal(0))
    amount = 0
    for kind, n, chosen in choices:
        if kind == "TYFCB" and n:
            amount = min(a for on, g, a in options["TYFCB"] if on == 1 and others + g >= need and a <= chosen)
    actions = tuple((k, n) for k, n, _ in choices if n and k != "TYFCB")
    return replace(result, actions=actions, tyfcb=amount)


def _phrase(action: str, n: int) -> str:
    return MORE[action].format(n=n)


# The what-if line, marked (shown through i18n.tr_core; the English is unchanged).
COLOURS = {"green": QT_TRANSLATE_NOOP("LightsTab", "green"), "amber": QT_TRANSLATE_NOOP("LightsTab", "amber"),
           "red": QT_TRANSLATE_NOOP("LightsTab", "red"), "grey": QT_TRANSLATE_NOOP("LightsTab", "grey")}
MORE = {"referral": QT_TRANSLATE_NOOP("WhatIf", "%n more referral(s)"),
        "visitor": QT_TRANSLATE_NOOP("WhatIf", "%n more visitor(s)"),
        "testimonial": QT_TRANSLATE_NOOP("WhatIf", "%n more testimonial(s)"),
        "one-to-one": QT_TRANSLATE_NOOP("WhatIf", "%n more one-to-one(s)"),
        "CEU": QT_TRANSLATE_NOOP("WhatIf", "%n more CEU(s)")}
TOP = QT_TRANSLATE_NOOP("WhatIf", "{colour}: the top colour")
OUT_OF_REACH = QT_TRANSLATE_NOOP("WhatIf", "{colour} is out of reach this period")
MORE_TYFCB = QT_TRANSLATE_NOOP("WhatIf", "{amount} more TYFCB")
ATTENDING = QT_TRANSLATE_NOOP("WhatIf", "attending the %n meeting(s) left")
ALREADY = QT_TRANSLATE_NOOP("WhatIf", "{colour} already")
REACHES = QT_TRANSLATE_NOOP("WhatIf", "{actions} → {colour}")


def _colour(key: str) -> str:
    return COLOURS.get(key, key)


def describe(p: Plan, currency: str = "") -> str:
    """'2 more referrals and 1 more visitor -> amber', or why there is no such line."""
    if p.target is None:
        return TOP.format(colour=_colour(p.colour))
    if not p.reachable:
        return OUT_OF_REACH.format(colour=_colour(p.target))
    parts = [_phrase(a, n) for a, n in p.actions]
    if p.tyfcb:
        parts.append(MORE_TYFCB.format(amount=format_amount(p.tyfcb, currency)))
    if p.remaining:
        parts.append(ATTENDING.format(n=p.remaining))
    if not parts:
        return ALREADY.format(colour=_colour(p.target))
    return REACHES.format(actions=joined(parts, last_and=True), colour=_colour(p.target))
