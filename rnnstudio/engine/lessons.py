"""Ready-made lessons: a preset run (or a race of two or three), an explanation, what to
look for, and a claim about what happens that the code can check.

A lesson lives in two files in ``resources/lessons/``:

* ``<id>.json``: title, one-line summary, "what to look for" bullets, the lanes (each a
  label and a full config as written by ``Config.to_dict``) and the claim;
* ``<id>.md``: the explanation, in Markdown.

A translation lives in ``resources/lessons/<lang>/`` (e.g. ``zh_CN``): ``<id>.md`` (the
explanation) and ``<id>.json`` holding only the texts (``title``, ``summary``,
``look_for``, ``lane_labels``, ``claim``), plus ``_words.json``, the words of the
generated parts (headings, race note, settings line; keys as in :data:`WORDS`). The
numbers, configs and claim parameters live in the English file only;
``load_lessons(lang=...)`` lays the translation over them (the GUI passes its interface
language as a plain string).

A claim has a ``kind``, a readable ``text`` and the numbers :func:`check_lesson` needs.
Kinds:

``reaches``      lane ``lane`` trained alone reaches ``goal`` on the held-out metric
                 within ``updates`` updates.
``carry_unit``   (binary addition) after training to ``goal``, some hidden unit tracks
                 the carry: its activation correlates with the true carry bit with
                 ``|r| >= min_abs_corr`` on held-out steps where the inputs alone cannot
                 tell the carry (exactly one of the two input bits is 1, so the carry out
                 equals the carry in), clearly more (``min_gain``) than before training.
``race``         the lanes race for ``updates`` updates on identical batches; each entry
                 of ``expect`` bounds one lane's final held-out metric (``at_least`` /
                 ``at_most``) and optionally the update by which it reached its goal
                 (``goal_by``).
``clipping``     a race of an unclipped and a clipped lane: the unclipped lane's gradient
                 norm exceeds the clipped lane's threshold by ``min_ratio`` at its peak and
                 on at least ``min_share`` of updates, the clipped lane's applied norm never
                 exceeds its threshold, plus ``expect`` bounds as for ``race``.
``temperature``  (char model) held-out bits per character fall to ``max_bpc`` within
                 ``updates`` updates (uniform guessing costs log2(vocabulary) bits), and
                 text sampled at temperature ``low`` repeats itself more (a smaller share
                 of distinct 3-grams) than text sampled at ``high``.

Nothing here knows about Qt.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from .cells import registry
from .config import Config, ConfigError
from .files import parse_json, read_text
from .race import CELL_NAMES, Race, check_lanes
from .text import msg
from .trainer import Trainer

Array = np.ndarray

MAX_LESSON_BYTES = 1 << 20  # a lesson's .json or .md
CLAIM_KINDS = ("reaches", "carry_unit", "race", "clipping", "temperature", "jacobian",
               "contributions", "cliff", "saturation")  # the last four: mechanism_lessons.py


class LessonError(ValueError):
    """A lesson file is missing, unreadable or wrong; the message names file and field."""


@dataclass(frozen=True)
class Lane:
    label: str
    config: Config


@dataclass(frozen=True)
class Claim:
    kind: str
    text: str  # what should happen, in words
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def updates(self) -> int:
        return int(self.params["updates"])


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    summary: str  # one line for the list
    text: str  # the explanation (Markdown)
    look_for: tuple[str, ...]
    lanes: tuple[Lane, ...]
    claim: Claim
    order: int = 0
    lang: str = "en"  # the language of the texts (headings and settings follow it)

    @property
    def config(self) -> Config:
        """The first lane's config (the whole lesson for a single-run lesson)."""
        return self.lanes[0].config

    @property
    def configs(self) -> list[Config]:
        return [lane.config for lane in self.lanes]

    @property
    def labels(self) -> list[str]:
        return [lane.label for lane in self.lanes]

    @property
    def is_race(self) -> bool:
        return len(self.lanes) > 1

    def markdown(self) -> str:
        """Everything a learner reads: explanation, what to look for, the claim and the
        settings of each lane."""
        w = words(self.lang)
        parts = [f"# {self.title}", "", self.text.strip(), "", f"## {w['look_for']}", ""]
        parts += [f"- {item}" for item in self.look_for]
        parts += ["", f"## {w['should_happen']}", "", self.claim.text, ""]
        parts += [f"## {w['settings']}", ""]
        for lane in self.lanes:
            line = settings_line(lane.config, self.lang)
            parts.append(f"- **{lane.label}**{w['label_sep']}{line}")
        if self.is_race:
            parts += ["", f"*{w['race_note']}*"]
        return "\n".join(parts) + "\n"


# The words of the generated parts of a lesson, in English; a translation's
# ``_words.json`` has the same keys (and the same {fields}).
WORDS: Mapping[str, str] = MappingProxyType({
    "look_for": "What to look for",
    "should_happen": "What should happen",
    "settings": "Settings",
    "race_note": "Race mode: every lane trains on the same batches, in lockstep.",
    "label_sep": ": ",
    "sep": "; ",
    "cell_hidden": "{cell}, {hidden} hidden",
    "cell.elman": "Elman",
    "cell.lstm": "LSTM",
    "cell.peephole": "Peephole LSTM",
    "cell.gru": "GRU",
    "forget_bias": "forget bias {value}",
    "init": "{init} init",
    "init.uniform": "uniform",
    "init.glorot": "glorot",
    "init.orthogonal": "orthogonal",
    "recurrent_scale": "recurrent scale {value}",
    "task.addition": "binary addition, {bits}-bit sums",
    "task.recall": "recall after k = {delay} steps",
    "task.charlm": "char model, {seq_len}-step windows",
    "task.adding": "adding problem, T = {seq_len}",
    "task.detection": "detect '{word}'",
    "task.forecast": "forecast {series}",
    "series.sine": "sine",
    "series.arma": "arma",
    "data.sunspots": "sunspots",  # the bundled example's name (others show their file name)
    "optimizer": "{optimizer} lr {lr}, batch {batch}",
    "optimizer.sgd": "sgd",
    "optimizer.momentum": "momentum",
    "optimizer.rmsprop": "rmsprop",
    "optimizer.adam": "adam",
    "no_clipping": "no clipping",
    "clip": "clip {mode} {value}",
    "clip.norm": "norm",
    "clip.value": "value",
})

_words_cache: dict[tuple[str, str], Mapping[str, str]] = {}


def words(lang: str = "en", folder: str | Path | None = None) -> Mapping[str, str]:
    """The generated parts' words in `lang` (English where a translation lacks a key or
    cannot be read: a lesson always renders)."""
    if lang == "en":
        return WORDS
    folder = Path(folder) if folder is not None else lessons_dir()
    key = (str(folder), lang)
    if key not in _words_cache:
        out = dict(WORDS)
        try:
            data = parse_json(read_text(folder / lang / "_words.json", MAX_LESSON_BYTES,
                                        ValueError), ValueError)
        except ValueError:
            data = {}
        if isinstance(data, dict):
            out.update({k: v for k, v in data.items() if k in WORDS and isinstance(v, str)})
        _words_cache[key] = MappingProxyType(out)
    return _words_cache[key]


def settings_line(cfg: Config, lang: str = "en") -> str:
    """The settings that matter most, in one line (in `lang`)."""
    w = words(lang)

    def say(key: str, **args: Any) -> str:
        try:
            return w[key].format(**args)
        except (KeyError, IndexError, ValueError):
            return WORDS[key].format(**args)

    def name(kind: str, value: str) -> str:
        return w.get(f"{kind}.{value}", value)

    cell = w.get(f"cell.{cfg.cell}", CELL_NAMES.get(cfg.cell, cfg.cell))
    bits = [say("cell_hidden", cell=cell, hidden=cfg.hidden)]
    if "activation" in registry.info(cfg.cell).options:
        bits.append(cfg.activation)
    if "forget_bias" in registry.info(cfg.cell).options:
        bits.append(say("forget_bias", value=f"{cfg.forget_bias:g}"))
    bits.append(say("init", init=name("init", cfg.init)))
    if cfg.recurrent_scale != 1.0:
        bits.append(say("recurrent_scale", value=f"{cfg.recurrent_scale:g}"))
    if f"task.{cfg.task}" in w:
        bits.append(say(f"task.{cfg.task}", bits=cfg.bits, delay=cfg.delay,
                        seq_len=cfg.seq_len, word=cfg.word,
                        series=name("data", Path(cfg.data).stem) if getattr(cfg, "data", "")
                        else name("series", cfg.series)))
    else:
        bits.append(cfg.task)
    bits.append(say("optimizer", optimizer=name("optimizer", cfg.optimizer),
                    lr=f"{cfg.lr:g}", batch=cfg.batch))
    bits.append(say("no_clipping") if cfg.clip_mode == "none" else
                say("clip", mode=name("clip", cfg.clip_mode), value=f"{cfg.clip:g}"))
    return w["sep"].join(bits)


# ----------------------------------------------------------------------- loading
def lessons_dir() -> Path:
    from ..resources import resource_path

    return resource_path("lessons")


# JSON's kinds of value by their Python names ("must be str, not int"), translatable.
_TYPE_NAMES: Mapping[str, str] = MappingProxyType({
    "str": msg("str"), "int": msg("int"), "float": msg("float"), "bool": msg("bool"),
    "list": msg("list"), "dict": msg("dict"), "NoneType": msg("NoneType"),
})


def _type_name(kind: type) -> str:
    return _TYPE_NAMES.get(kind.__name__, kind.__name__)


def _need(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in data:
        raise LessonError(msg("{where}: '{key}' is missing", where=where, key=key))
    value = data[key]
    if kind is int and isinstance(value, bool):
        raise LessonError(msg("{where}: '{key}' must be an integer", where=where, key=key))
    if not isinstance(value, kind):
        raise LessonError(msg("{where}: '{key}' must be {kind}, not {actual}", where=where,
                              key=key, kind=_type_name(kind), actual=_type_name(type(value))))
    return value


def _check_claim(claim: Claim, lanes: Sequence[Lane], where: str) -> None:
    p = claim.params
    if claim.kind not in CLAIM_KINDS:
        raise LessonError(msg("{where}: claim kind {kind!r}; expected one of {kinds}",
                              where=where, kind=claim.kind, kinds=", ".join(CLAIM_KINDS)))
    up = p.get("updates")
    if not isinstance(up, int) or isinstance(up, bool) or up < 1:
        raise LessonError(msg("{where}: claim 'updates' must be a positive integer",
                              where=where))
    n = len(lanes)
    for entry in p.get("expect", []):
        lane = entry.get("lane") if isinstance(entry, Mapping) else None
        if not isinstance(lane, int) or not 0 <= lane < n:
            raise LessonError(msg("{where}: claim expect entry {entry!r} needs 'lane' from 0 "
                                  "to {last}", where=where, entry=entry, last=n - 1))
    for key in ("lane", "unclipped", "clipped"):
        if key in p and not (isinstance(p[key], int) and 0 <= p[key] < n):
            raise LessonError(msg("{where}: claim '{key}' must be a lane number from 0 to "
                                  "{last}", where=where, key=key, last=n - 1))
    if claim.kind == "carry_unit" and lanes[0].config.task != "addition":
        raise LessonError(msg("{where}: a carry_unit claim needs the addition task",
                              where=where))
    if claim.kind == "temperature" and lanes[0].config.task != "charlm":
        raise LessonError(msg("{where}: a temperature claim needs the charlm task",
                              where=where))
    info = registry.info(lanes[0].config.cell)
    if claim.kind == "saturation" and not ("f" in info.gate_names and "c" in info.state_names):
        raise LessonError(msg("{where}: a saturation claim needs a cell with a forget gate "
                              "and a cell state", where=where))
    if claim.kind == "clipping":
        if "unclipped" not in p or "clipped" not in p:
            raise LessonError(msg("{where}: a clipping claim needs 'unclipped' and 'clipped' "
                                  "lanes", where=where))
        if lanes[p["clipped"]].config.clip_mode != "norm":
            raise LessonError(msg("{where}: the clipped lane must use clip_mode 'norm'",
                                  where=where))
        if lanes[p["unclipped"]].config.clip_mode != "none":
            raise LessonError(msg("{where}: the unclipped lane must use clip_mode 'none'",
                                  where=where))


def parse_lesson(data: Any, text: str, name: str = "lesson") -> Lesson:
    """A :class:`Lesson` from a JSON object and its Markdown text (LessonError if wrong)."""
    if not isinstance(data, dict):
        raise LessonError(msg("{where}: must be a JSON object", where=name))
    lid = _need(data, "id", str, name)
    title = _need(data, "title", str, name)
    summary = _need(data, "summary", str, name)
    look = _need(data, "look_for", list, name)
    if not look or not all(isinstance(s, str) and s.strip() for s in look):
        raise LessonError(msg("{where}: 'look_for' must be a non-empty list of sentences",
                              where=name))
    raw_lanes = _need(data, "lanes", list, name)
    if not 1 <= len(raw_lanes) <= 3:
        raise LessonError(msg("{where}: 'lanes' must hold 1 to 3 lanes, not {n}", where=name,
                              n=len(raw_lanes)))
    lanes = []
    for i, raw in enumerate(raw_lanes):
        where = msg("{name}: lane {lane}", name=name, lane=i + 1)
        if not isinstance(raw, dict):
            raise LessonError(msg("{where}: must be an object with 'label' and 'config'",
                                  where=where))
        label = _need(raw, "label", str, where)
        try:
            cfg = Config.from_dict(_need(raw, "config", dict, where))
        except ConfigError as exc:
            # the setting's own reason (a Msg) goes along, so the whole text translates
            raise LessonError(msg("{where}: {field}: {reason}", where=where, field=exc.field,
                                  reason=exc.reason)) from None
        lanes.append(Lane(label, cfg))
    if len(lanes) > 1:
        try:
            check_lanes([ln.config for ln in lanes])
        except ConfigError as exc:
            raise LessonError(msg("{where}: {field}: {reason}", where=name, field=exc.field,
                                  reason=exc.reason)) from None
    raw_claim = _need(data, "claim", dict, name)
    params = dict(raw_claim)
    kind = params.pop("kind", None)
    ctext = params.pop("text", None)
    if not isinstance(kind, str) or not isinstance(ctext, str):
        raise LessonError(msg("{where}: the claim needs a 'kind' and a 'text'", where=name))
    claim = Claim(kind, ctext, MappingProxyType(params))
    _check_claim(claim, lanes, name)
    order = data.get("order", 0)
    if not isinstance(order, int) or isinstance(order, bool):
        raise LessonError(msg("{where}: 'order' must be an integer", where=name))
    if not text.strip():
        raise LessonError(msg("{where}: the explanation (.md) is empty", where=name))
    return Lesson(lid, title, summary, text, tuple(look), tuple(lanes), claim, order)


def load_lesson(path: str | Path) -> Lesson:
    """One lesson from ``<id>.json`` and the ``<id>.md`` beside it."""
    path = Path(path)
    md = path.with_suffix(".md")
    def refuse(reason: str) -> LessonError:
        return LessonError(msg("{where}: cannot read the lesson: {reason}", where=path.name,
                               reason=reason))

    data = parse_json(read_text(path, MAX_LESSON_BYTES, refuse), refuse)
    text = read_text(md, MAX_LESSON_BYTES, refuse)
    lesson = parse_lesson(data, text, path.name)
    if lesson.id != path.stem:
        raise LessonError(msg("{where}: 'id' is {id!r} but must match the file name",
                              where=path.name, id=lesson.id))
    return lesson


def translate_lesson(lesson: Lesson, data: Any, text: str, lang: str,
                     name: str = "translation") -> Lesson:
    """`lesson` with its texts replaced by a translation (`data`: the JSON object of
    ``<lang>/<id>.json``, `text`: its explanation). Configs, claim parameters and order
    stay the English lesson's. LessonError if the translation does not fit the lesson."""
    if not isinstance(data, dict):
        raise LessonError(msg("{where}: must be a JSON object", where=name))
    if data.get("id", lesson.id) != lesson.id:
        raise LessonError(msg("{where}: 'id' is {id!r} but the lesson is {lesson!r}",
                              where=name, id=data.get("id"), lesson=lesson.id))
    title = _need(data, "title", str, name)
    summary = _need(data, "summary", str, name)
    look = _need(data, "look_for", list, name)
    if len(look) != len(lesson.look_for) or not all(isinstance(s, str) and s.strip()
                                                    for s in look):
        raise LessonError(msg("{where}: 'look_for' must hold {n} sentences, like the English "
                              "lesson", where=name, n=len(lesson.look_for)))
    labels = _need(data, "lane_labels", list, name)
    if len(labels) != len(lesson.lanes) or not all(isinstance(s, str) and s.strip()
                                                   for s in labels):
        raise LessonError(msg("{where}: 'lane_labels' must hold {n} names, one per lane",
                              where=name, n=len(lesson.lanes)))
    claim_text = _need(data, "claim", str, name)
    if not text.strip():
        raise LessonError(msg("{where}: the explanation (.md) is empty", where=name))
    lanes = tuple(Lane(label, lane.config) for label, lane in zip(labels, lesson.lanes,
                                                                  strict=True))
    claim = Claim(lesson.claim.kind, claim_text, lesson.claim.params)
    return replace(lesson, title=title, summary=summary, text=text, look_for=tuple(look),
                   lanes=lanes, claim=claim, lang=lang)


def load_translation(lesson: Lesson, folder: str | Path, lang: str) -> Lesson | None:
    """`lesson` in `lang` from ``folder/<lang>/<id>.json`` and ``.md``; None if that
    translation does not exist; LessonError if it is unreadable or does not fit."""
    path = Path(folder) / lang / f"{lesson.id}.json"
    md = path.with_suffix(".md")
    if not path.exists() and not md.exists():
        return None
    where = f"{lang}/{path.name}"
    def refuse(reason: str) -> LessonError:
        return LessonError(msg("{where}: cannot read the translation: {reason}", where=where,
                               reason=reason))

    data = parse_json(read_text(path, MAX_LESSON_BYTES, refuse), refuse)
    text = read_text(md, MAX_LESSON_BYTES, refuse)
    return translate_lesson(lesson, data, text, lang, where)


def load_lessons(folder: str | Path | None = None, lang: str = "en") -> list[Lesson]:
    """Every lesson in ``resources/lessons`` (or `folder`), in teaching order, in `lang`
    where a translation exists (else in English)."""
    folder = Path(folder) if folder is not None else lessons_dir()
    lessons = [load_lesson(p) for p in sorted(folder.glob("*.json"))]
    if lang != "en":
        lessons = [load_translation(ls, folder, lang) or ls for ls in lessons]
    return sorted(lessons, key=lambda ls: (ls.order, ls.id))


# ---------------------------------------------------------------------- checking
@dataclass(frozen=True)
class ClaimResult:
    ok: bool
    summary: str  # the measured figures, in words
    figures: Mapping[str, Any]
    failures: tuple[str, ...] = ()


def carry_bits(x: Array) -> Array:
    """(T, B, 2) input bits, least significant first -> (T, B) carry out of each step."""
    a, b = x[..., 0] > 0.5, x[..., 1] > 0.5
    carry = np.zeros(x.shape[1], dtype=bool)
    out = np.empty(a.shape, dtype=bool)
    for t in range(x.shape[0]):
        total = a[t].astype(int) + b[t].astype(int) + carry
        carry = total >= 2
        out[t] = carry
    return out


def carry_correlation(net: Any, x: Array) -> tuple[int, float]:
    """(unit, r): the last layer's hidden unit whose activation correlates most (in
    absolute value) with the carry on steps where exactly one input bit is 1."""
    layer = len(net.cells) - 1
    with np.errstate(over="ignore", invalid="ignore"):
        h = net.internals(x)[f"l{layer}.h"].astype(np.float64)
    carry = carry_bits(x)
    ambiguous = (x[..., 0] > 0.5) != (x[..., 1] > 0.5)
    H = h[ambiguous]  # (N, n_h)
    c = carry[ambiguous].astype(np.float64)
    Hc = H - H.mean(axis=0)
    cc = c - c.mean()
    denom = np.sqrt((Hc * Hc).sum(axis=0) * (cc * cc).sum())
    r = np.where(denom > 0, (Hc * cc[:, None]).sum(axis=0) / np.maximum(denom, 1e-300), 0.0)
    unit = int(np.argmax(np.abs(r)))
    return unit, float(r[unit])


def trigram_share(text: str) -> float:
    """Distinct 3-character substrings / all 3-character substrings: low = repetitive."""
    grams = [text[i:i + 3] for i in range(len(text) - 2)]
    return len(set(grams)) / max(len(grams), 1)


def _bounds(entry: Mapping[str, Any], label: str, value: float | None,
            goal_step: int | None, failures: list[str]) -> None:
    if value is None or not math.isfinite(value):
        failures.append(f"{label}: no finite held-out metric")
        return
    if "at_least" in entry and not value >= entry["at_least"]:
        failures.append(f"{label}: {value:.4g} < {entry['at_least']:g}")
    if "at_most" in entry and not value <= entry["at_most"]:
        failures.append(f"{label}: {value:.4g} > {entry['at_most']:g}")
    if "goal_by" in entry and (goal_step is None or goal_step > entry["goal_by"]):
        failures.append(f"{label}: goal reached at {goal_step} (wanted by {entry['goal_by']})")


def _race(lesson: Lesson, stop: threading.Event | None) -> tuple[list, Race]:
    r = Race(lesson.configs, lesson.labels)
    snaps = list(r.run(stop, budget=lesson.claim.updates))
    return snaps, r


def _check_reaches(lesson: Lesson, stop: threading.Event | None) -> ClaimResult:
    p = lesson.claim.params
    cfg = lesson.lanes[p.get("lane", 0)].config.replace(until_metric=float(p["goal"]))
    last = None
    for last in Trainer(cfg).run(stop, budget=lesson.claim.updates):  # noqa: B007
        pass
    ok = last is not None and last.status == "goal"
    metric = last.metric if last is not None else None
    summary = (f"{last.metric_name} reached {metric:.4g} at update {last.step}" if ok else
               f"{last.metric_name} was {metric} after {last.step if last else 0} updates")
    return ClaimResult(ok, summary, MappingProxyType({"step": last.step if last else 0,
                                                     "metric": metric}),
                       () if ok else (summary,))


def _check_carry(lesson: Lesson, stop: threading.Event | None) -> ClaimResult:
    p = lesson.claim.params
    cfg = lesson.config.replace(until_metric=float(p.get("goal", 1.0)))
    tr = Trainer(cfg)
    x = tr.task.heldout().x
    unit0, r0 = carry_correlation(tr.net, x)
    last = None
    for last in tr.run(stop, budget=lesson.claim.updates):  # noqa: B007
        pass
    unit, r = carry_correlation(tr.net, x)
    failures = []
    if last is None or last.status != "goal":
        failures.append(f"the adder did not reach {cfg.until_metric:g} (got {tr.metric})")
    if abs(r) < p["min_abs_corr"]:
        failures.append(f"best unit |r| = {abs(r):.3f} < {p['min_abs_corr']:g}")
    if abs(r) - abs(r0) < p.get("min_gain", 0.0):
        failures.append(f"|r| rose only from {abs(r0):.3f} to {abs(r):.3f}")
    figures = {"step": tr.step, "metric": tr.metric, "unit": unit, "r": r,
               "unit_before": unit0, "r_before": r0}
    summary = (f"after {tr.step} updates (whole-sum accuracy {tr.metric:.3f}) hidden unit "
               f"{unit} correlates with the carry at r = {r:+.3f} on held-out ambiguous steps; "
               f"before training the best unit had r = {r0:+.3f}")
    return ClaimResult(not failures, summary, MappingProxyType(figures), tuple(failures))


def _check_race(lesson: Lesson, stop: threading.Event | None) -> ClaimResult:
    snaps, r = _race(lesson, stop)
    last = snaps[-1]
    failures: list[str] = []
    for entry in lesson.claim.params.get("expect", []):
        lane = last.lanes[entry["lane"]]
        _bounds(entry, lane.label, lane.metric, lane.goal_step, failures)
    figures = {lane.label: {"metric": lane.metric, "goal_step": lane.goal_step,
                            "ms_per_update": 1000 * lane.seconds / max(lane.updates, 1)}
               for lane in last.lanes}
    summary = f"after {last.step} updates: " + "; ".join(
        f"{lane.label} {last.metric_name} {lane.metric:.3g}"
        + (f" (goal at update {lane.goal_step})" if lane.goal_step is not None else "")
        for lane in last.lanes)
    return ClaimResult(not failures, summary, MappingProxyType(figures), tuple(failures))


def _check_clipping(lesson: Lesson, stop: threading.Event | None) -> ClaimResult:
    p = lesson.claim.params
    snaps, r = _race(lesson, stop)
    u, c = p["unclipped"], p["clipped"]
    threshold = lesson.lanes[c].config.clip
    applied = [s for s in snaps if s.status != "stopped"]
    raw_u = np.array([s.lanes[u].grad_norm for s in applied])
    raw_u = raw_u[np.isfinite(raw_u)]
    used_c = np.array([s.lanes[c].grad_norm_clipped for s in applied])
    used_c = used_c[np.isfinite(used_c)]
    peak = float(raw_u.max()) if raw_u.size else math.nan
    share = float((raw_u > threshold).mean()) if raw_u.size else 0.0
    held = float(used_c.max()) if used_c.size else math.nan
    failures: list[str] = []
    if not peak >= p.get("min_ratio", 1.0) * threshold:
        failures.append(f"unclipped peak norm {peak:.3g} < {p.get('min_ratio', 1.0)} x "
                        f"{threshold:g}")
    if share < p.get("min_share", 0.0):
        failures.append(f"unclipped norm above {threshold:g} on only {share:.0%} of updates")
    if not held <= threshold * (1 + 1e-6):
        failures.append(f"clipped lane applied a norm of {held:.4g} > {threshold:g}")
    last = snaps[-1]
    for entry in p.get("expect", []):
        lane = last.lanes[entry["lane"]]
        _bounds(entry, lane.label, lane.metric, lane.goal_step, failures)
    figures = {"threshold": threshold, "unclipped_peak": peak, "unclipped_share_above": share,
               "clipped_max_applied": held,
               "metrics": {ln.label: ln.metric for ln in last.lanes},
               "losses": {ln.label: ln.loss for ln in last.lanes}}
    summary = (f"without clipping the gradient norm peaked at {peak:.3g} and was above "
               f"{threshold:g} on {share:.0%} of {raw_u.size} updates; the clipped lane "
               f"never applied more than {held:.3g}. Final {last.metric_name}: "
               + ", ".join(f"{ln.label} {ln.metric:.3g}" for ln in last.lanes))
    return ClaimResult(not failures, summary, MappingProxyType(figures), tuple(failures))


def _check_temperature(lesson: Lesson, stop: threading.Event | None) -> ClaimResult:
    p = lesson.claim.params
    tr = Trainer(lesson.config)
    for _ in tr.run(stop, budget=lesson.claim.updates):
        pass
    metrics = tr.evaluate()
    bpc = metrics["bpc"]
    uniform = math.log2(tr.task.n_out)
    n = int(p.get("chars", 600))
    shares = {}
    for tau in (p["low"], p["high"]):
        text = tr.task.generate(tr.net, np.random.default_rng(7), n=n, temperature=tau)
        shares[tau] = trigram_share(text)
    failures: list[str] = []
    if not bpc <= p["max_bpc"]:
        failures.append(f"held-out bpc {bpc:.3f} > {p['max_bpc']:g}")
    if not shares[p["low"]] < shares[p["high"]]:
        failures.append(f"distinct 3-gram share at {p['low']:g}: {shares[p['low']]:.3f}, "
                        f"at {p['high']:g}: {shares[p['high']]:.3f}")
    figures = {"bpc": bpc, "uniform_bpc": uniform, "step": tr.step,
               "trigram_share": {str(k): v for k, v in shares.items()}}
    summary = (f"after {tr.step} updates held-out bpc {bpc:.3f} (uniform guessing "
               f"{uniform:.2f}); distinct 3-grams in {n} sampled characters: "
               f"{shares[p['low']]:.0%} at temperature {p['low']:g}, "
               f"{shares[p['high']]:.0%} at {p['high']:g}")
    return ClaimResult(not failures, summary, MappingProxyType(figures), tuple(failures))


def _check_mechanism(lesson: Lesson, stop: threading.Event | None) -> ClaimResult:
    from .mechanism_lessons import CHECKS

    return CHECKS[lesson.claim.kind](lesson, stop)


_CHECKS = {"reaches": _check_reaches, "carry_unit": _check_carry, "race": _check_race,
           "clipping": _check_clipping, "temperature": _check_temperature,
           "jacobian": _check_mechanism, "contributions": _check_mechanism,
           "cliff": _check_mechanism, "saturation": _check_mechanism}


def check_lesson(lesson: Lesson, stop: threading.Event | None = None) -> ClaimResult:
    """Run the lesson headless for its claim's bounded number of updates and check that
    the claimed phenomenon happens (seeded: the same result every time)."""
    return _CHECKS[lesson.claim.kind](lesson, stop)
