"""Challenges: a starting experiment, a goal in words and a checker that reads the
learner's run (its config and its history, never the network) and says why it did not
pass. The gallery of failures uses the same files: a broken set-up as the starting
experiment, what goes wrong and why, and the fix to try.

A challenge is one JSON file ``resources/challenges/<id>.json`` (an instructor can write
one and hand it out: :func:`load_challenge` reads any path)::

    {
      "id": "elman_delay20",          # must equal the file name
      "kind": "challenge",            # or "failure" (the gallery of failures)
      "order": 1,                     # position in the list (optional, default 0)
      "title": "...", "goal": "...", "hint": "...",
      "config": {"cell": "elman", "task": "recall", ...},   # the starting experiment:
                                      # settings as in a saved config.json; any setting left
                                      # out takes the app's default
      "max_updates": 400,             # the run may use at most this many updates
      "require": [ {"check": "metric", "at_least": 0.95}, ... ],  # all must hold
      "solution": {"hidden": 128, ...},  # settings changed from "config" that pass
      "seeds": [0, 1, 2, 3, 4],       # optional: seeds the solution passes on (tested)
      "symptom": "...", "why": "...", "fix": "..."   # failures only: what goes wrong,
                                      # why, and the fix to try (the solution)
    }

Conditions (``require``), each an object with ``"check"`` and its bounds; every one may
carry a ``"why"``: a sentence shown after the measured reason when it fails:

``metric``     the final held-out metric (``name``: default the task's primary one, e.g.
               ``accuracy``, ``sum_accuracy``, ``bpc``, ``mse``) ``at_least`` / ``at_most``.
``setting``    a setting of the run's config: ``field`` and one of ``equals``, ``one_of``
               (a list), ``at_least``, ``at_most``.
``lr``         the learning rate of the config and of every update in the history (it can
               be changed while training): ``at_least`` / ``at_most``.
``updates``    updates used: ``at_most`` / ``at_least``.
``finite``     the run did not diverge (loss and gradients stayed finite).
``grad_norm``  the largest gradient norm before clipping: ``at_most``.
``applied_norm``  the largest gradient norm applied (after clipping): ``at_most``.
``loss``       the last training loss: ``at_most``.
``predict``    the learner's score in the unrolled view's "Predict first" mode, as the
               panel records it (``RunRecord.predict``): at least ``at_least`` right of
               ``of`` questions of kind ``question`` (``bit``, ``trend``, ``gate``, ``grad``
               or ``any``; default ``grad``) answered on this run.

``"predict_first": true`` (optional) turns the unrolled view's Predict first mode on when
the challenge is loaded.

A translation is ``resources/challenges/<lang>/<id>.json`` with the texts only (``title``,
``goal``, ``hint``, and for failures ``symptom``, ``why``, ``fix``) and ``require_why``: a
list as long as ``require`` of sentences (or null). Reasons the checker writes are
:func:`~rnnstudio.engine.text.msg` messages, so the GUI shows them translated.

Nothing here knows about Qt.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, specs
from .experiment import History
from .text import Msg, msg

KINDS = ("challenge", "failure")
CHECKS = ("metric", "setting", "lr", "updates", "finite", "grad_norm", "applied_norm", "loss",
          "predict")
PREDICT_KINDS = ("bit", "trend", "gate", "grad", "any")  # the unrolled view's question kinds
# The bounds each check takes (at least one of them is required, except for "finite").
BOUNDS: Mapping[str, tuple[str, ...]] = {
    "metric": ("at_least", "at_most"), "setting": ("equals", "one_of", "at_least", "at_most"),
    "lr": ("at_least", "at_most"), "updates": ("at_least", "at_most"), "finite": (),
    "grad_norm": ("at_most",), "applied_norm": ("at_most",), "loss": ("at_most",),
    "predict": ("at_least",),
}
TEXTS = ("title", "goal", "hint")
FAILURE_TEXTS = ("symptom", "why", "fix")


class ChallengeError(ValueError):
    """A challenge file is missing, unreadable or wrong; the message names file and key."""


@dataclass(frozen=True)
class Condition:
    check: str
    bounds: Mapping[str, Any]  # at_least / at_most / equals / one_of
    name: str | None = None  # metric name, the setting's field, or the predict question kind
    why: str = ""  # shown after the measured reason when the condition fails
    of: int = 0  # predict: questions that must be answered


@dataclass(frozen=True)
class Challenge:
    id: str
    kind: str
    title: str
    goal: str
    hint: str
    config: Config
    max_updates: int
    require: tuple[Condition, ...]
    solution: Mapping[str, Any] = field(default_factory=dict)
    seeds: tuple[int, ...] = ()
    symptom: str = ""
    why: str = ""
    fix: str = ""
    order: int = 0
    lang: str = "en"
    predict_first: bool = False  # loading it turns the unrolled view's Predict first on

    @property
    def is_failure(self) -> bool:
        return self.kind == "failure"

    def solution_config(self, seed: int | None = None) -> Config:
        """The starting config with the solution's changes (and `seed`, if given)."""
        cfg = Config.from_dict({**self.config.to_dict(), **self.solution})
        return cfg if seed is None else cfg.replace(seed=seed)


@dataclass(frozen=True)
class RunRecord:
    """What the checker reads of a run: its config, its history and whether it diverged."""

    config: Config
    history: History
    diverged: bool = False
    diverged_at: int | None = None  # the update that produced NaN/Inf
    # Predict-first score recorded by the GUI on this run: kind -> (right, answered)
    predict: Mapping[str, tuple[int, int]] | None = None


@dataclass(frozen=True)
class Verdict:
    passed: bool
    reasons: tuple[Msg, ...]  # why it did not pass (empty when it passed)
    summary: Msg  # the measured figures, in one sentence
    metric_name: str
    metric: float | None

    @property
    def reason(self) -> Msg:
        """One text: the summary on a pass, else the reasons."""
        if self.passed:
            return self.summary
        return msg("{first}{rest}", first=self.reasons[0],
                   rest="".join(" " + r for r in self.reasons[1:]))


# ====================================================================== loading
def challenges_dir() -> Path:
    from ..resources import resource_path

    return resource_path("challenges")


def _need(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise ChallengeError(msg("{where}: '{key}' is missing", where=where, key=key))
    value = data[key]
    wrong = isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else
                                                     (kind,))
    if wrong or not isinstance(value, kind):
        raise ChallengeError(msg("{where}: '{key}' has the wrong type ({actual})",
                                 where=where, key=key, actual=type(value).__name__))
    return value


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = _need(data, key, str, where)
    if not value.strip():
        raise ChallengeError(msg("{where}: '{key}' must not be empty", where=where, key=key))
    return value


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(
        value)


def _condition(raw: Any, i: int, where: str) -> Condition:
    here = msg("{where}: require[{i}]", where=where, i=i)
    if not isinstance(raw, dict):
        raise ChallengeError(msg("{where}: must be an object with 'check'", where=here))
    check = _need(raw, "check", str, here)
    if check not in CHECKS:
        raise ChallengeError(msg("{where}: 'check' is {value!r}; expected one of {allowed}",
                                 where=here, value=check, allowed=", ".join(CHECKS)))
    allowed = BOUNDS[check]
    extra = {"check", "why", "name", "field"} | ({"of", "question"} if check == "predict"
                                                else set())
    unknown = sorted(set(raw) - extra - set(allowed))
    if unknown:
        raise ChallengeError(msg("{where}: unknown key {key!r}; '{check}' takes {allowed}",
                                 where=here, key=unknown[0], check=check,
                                 allowed=", ".join(allowed) or "no bounds"))
    bounds = {k: raw[k] for k in allowed if k in raw}
    if allowed and not bounds:
        raise ChallengeError(msg("{where}: '{check}' needs one of {allowed}", where=here,
                                 check=check, allowed=", ".join(allowed)))
    name = None
    of = 0
    if check == "predict":
        name = raw.get("question", "grad")
        if name not in PREDICT_KINDS:
            raise ChallengeError(msg("{where}: 'question' is {value!r}; expected one of "
                                     "{allowed}", where=here, value=name,
                                     allowed=", ".join(PREDICT_KINDS)))
        of = raw.get("of")
        right = bounds["at_least"]
        if not (isinstance(of, int) and not isinstance(of, bool) and of >= 1):
            raise ChallengeError(msg("{where}: 'of' must be a positive integer (the questions "
                                     "to answer)", where=here))
        if not (isinstance(right, int) and not isinstance(right, bool) and 0 <= right <= of):
            raise ChallengeError(msg("{where}: 'at_least' must be an integer from 0 to 'of' "
                                     "({of})", where=here, of=of))
    elif check == "setting":
        name = _need(raw, "field", str, here)
        if name not in specs():
            raise ChallengeError(msg("{where}: 'field' {value!r} is not a setting", where=here,
                                     value=name))
        for k, v in bounds.items():
            if k == "one_of" and not (isinstance(v, list) and v):
                raise ChallengeError(msg("{where}: 'one_of' must be a non-empty list",
                                         where=here))
            if k in ("at_least", "at_most") and not _number(v):
                raise ChallengeError(msg("{where}: '{key}' must be a number", where=here, key=k))
    else:
        if "field" in raw:
            raise ChallengeError(msg("{where}: 'field' belongs to a 'setting' check",
                                     where=here))
        for k, v in bounds.items():
            if not _number(v):
                raise ChallengeError(msg("{where}: '{key}' must be a number", where=here, key=k))
        if "name" in raw and check != "predict":
            if check != "metric":
                raise ChallengeError(msg("{where}: 'name' belongs to a 'metric' check",
                                         where=here))
            name = _need(raw, "name", str, here)
    why = raw.get("why", "")
    if not isinstance(why, str):
        raise ChallengeError(msg("{where}: 'why' must be text", where=here))
    return Condition(check, dict(bounds), name, why, of)


def parse_challenge(data: Any, name: str = "challenge") -> Challenge:
    """A :class:`Challenge` from a JSON object (ChallengeError naming `name` and the key)."""
    if not isinstance(data, dict):
        raise ChallengeError(msg("{where}: must be a JSON object", where=name))
    known = {"id", "kind", "order", "title", "goal", "hint", "config", "max_updates",
             "require", "solution", "seeds", "predict_first", *FAILURE_TEXTS}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ChallengeError(msg("{where}: unknown key {key!r}; known keys: {known}",
                                 where=name, key=unknown[0], known=", ".join(sorted(known))))
    cid = _text(data, "id", name)
    kind = data.get("kind", "challenge")
    if kind not in KINDS:
        raise ChallengeError(msg("{where}: 'kind' is {value!r}; expected one of {allowed}",
                                 where=name, value=kind, allowed=", ".join(KINDS)))
    order = data.get("order", 0)
    if not isinstance(order, int) or isinstance(order, bool):
        raise ChallengeError(msg("{where}: 'order' must be an integer", where=name))
    texts = {k: _text(data, k, name) for k in TEXTS}
    if kind == "failure":
        texts.update({k: _text(data, k, name) for k in FAILURE_TEXTS})
    try:
        cfg = Config.from_dict(_need(data, "config", dict, name))
    except ConfigError as exc:
        raise ChallengeError(msg("{where}: config: {reason}", where=name,
                                 reason=str(exc))) from None
    max_updates = _need(data, "max_updates", int, name)
    if max_updates < 1:
        raise ChallengeError(msg("{where}: 'max_updates' must be a positive integer",
                                 where=name))
    raw_req = _need(data, "require", list, name)
    if not raw_req:
        raise ChallengeError(msg("{where}: 'require' must hold at least one condition",
                                 where=name))
    require = tuple(_condition(r, i, name) for i, r in enumerate(raw_req))
    solution = data.get("solution", {})
    if not isinstance(solution, dict):
        raise ChallengeError(msg("{where}: 'solution' must be an object of settings",
                                 where=name))
    try:
        Config.from_dict({**cfg.to_dict(), **solution})
    except ConfigError as exc:
        raise ChallengeError(msg("{where}: solution: {reason}", where=name,
                                 reason=str(exc))) from None
    predict_first = data.get("predict_first", False)
    if not isinstance(predict_first, bool):
        raise ChallengeError(msg("{where}: 'predict_first' must be true or false", where=name))
    seeds = data.get("seeds", [])
    if not (isinstance(seeds, list) and all(isinstance(s, int) and not isinstance(s, bool)
                                            and s >= 0 for s in seeds)):
        raise ChallengeError(msg("{where}: 'seeds' must be a list of seeds (integers ≥ 0)",
                                 where=name))
    return Challenge(id=cid, kind=kind, config=cfg, max_updates=max_updates, require=require,
                     solution=dict(solution), seeds=tuple(seeds), order=order,
                     predict_first=predict_first,
                     **{k: texts.get(k, "") for k in (*TEXTS, *FAILURE_TEXTS)})


def _read_json(path: Path, where: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ChallengeError(msg("{where}: cannot read: {reason}", where=where,
                                 reason=str(exc))) from None
    except json.JSONDecodeError as exc:
        raise ChallengeError(msg("{where}: not valid JSON ({error} at line {line})",
                                 where=where, error=exc.msg, line=exc.lineno)) from None


def load_challenge(path: str | Path) -> Challenge:
    """One challenge file (ChallengeError naming the file and key if it is wrong)."""
    path = Path(path)
    ch = parse_challenge(_read_json(path, path.name), path.name)
    if ch.id != path.stem:
        raise ChallengeError(msg("{where}: 'id' is {id!r} but must match the file name",
                                 where=path.name, id=ch.id))
    return ch


def translate_challenge(ch: Challenge, data: Any, lang: str,
                        name: str = "translation") -> Challenge:
    """`ch` with its texts from a translation object (settings and checks stay)."""
    if not isinstance(data, dict):
        raise ChallengeError(msg("{where}: must be a JSON object", where=name))
    keys = TEXTS + (FAILURE_TEXTS if ch.is_failure else ())
    texts = {k: _text(data, k, name) for k in keys}
    whys = data.get("require_why", [None] * len(ch.require))
    if not isinstance(whys, list) or len(whys) != len(ch.require) or not all(
            w is None or isinstance(w, str) for w in whys):
        raise ChallengeError(msg("{where}: 'require_why' must hold {n} sentences (or null), "
                                 "one per condition", where=name, n=len(ch.require)))
    require = tuple(replace(c, why=w if w is not None else c.why)
                    for c, w in zip(ch.require, whys, strict=True))
    return replace(ch, require=require, lang=lang, **texts)


def load_challenges(folder: str | Path | None = None, lang: str = "en",
                    kind: str | None = None) -> list[Challenge]:
    """Every challenge (and failure) in ``resources/challenges`` (or `folder`), in order,
    in `lang` where a translation exists; only `kind` ones if given."""
    folder = Path(folder) if folder is not None else challenges_dir()
    out = [load_challenge(p) for p in sorted(folder.glob("*.json"))]
    if lang != "en":
        translated = []
        for ch in out:
            path = folder / lang / f"{ch.id}.json"
            if path.exists():
                where = f"{lang}/{path.name}"
                ch = translate_challenge(ch, _read_json(path, where), lang, where)
            translated.append(ch)
        out = translated
    if kind is not None:
        out = [c for c in out if c.kind == kind]
    return sorted(out, key=lambda c: (c.kind != "challenge", c.order, c.id))


def find(name: str, folder: str | Path | None = None, lang: str = "en") -> Challenge:
    """The shipped challenge called `name`, or the challenge file at path `name`."""
    if name.endswith(".json") or "/" in name:
        return load_challenge(name)
    for ch in load_challenges(folder, lang):
        if ch.id == name:
            return ch
    ids = ", ".join(c.id for c in load_challenges(folder))
    raise ChallengeError(msg("challenge: {name!r} is not a challenge; expected one of {ids}",
                             name=name, ids=ids))


# ====================================================================== checking
def _fmt(x: Any) -> str:
    if isinstance(x, float):
        return f"{x:.4g}"
    return str(x)


def _metric_name(config: Config) -> str:
    from .tasks import make_task

    return make_task(config).metric_name


def evaluate(ch: Challenge, record: RunRecord) -> Verdict:
    """Check `record` against the challenge's conditions: pass/fail and why."""
    cfg, h = record.config, record.history
    primary = _metric_name(cfg)
    final = h.final()
    used = int(final["step"] or 0)
    reasons: list[Msg] = []

    def bound(value: float | None, c: Condition, what: Msg) -> None:
        lo, hi = c.bounds.get("at_least"), c.bounds.get("at_most")
        if value is None or not math.isfinite(value):
            reasons.append(msg("{what}: your run has no finite value.", what=what))
        elif lo is not None and not value >= lo:
            reasons.append(msg("{what} was {value}; the goal is at least {limit}.", what=what,
                               value=_fmt(value), limit=_fmt(lo)))
        elif hi is not None and not value <= hi:
            reasons.append(msg("{what} was {value}; the goal is at most {limit}.", what=what,
                               value=_fmt(value), limit=_fmt(hi)))
        else:
            return
        if c.why:
            reasons[-1] = msg("{reason} {why}", reason=reasons[-1], why=c.why)

    finite_losses = [v for v in h.losses if math.isfinite(v)]
    raw_norms = [v for v in h.grad_norms if math.isfinite(v)]
    used_norms = [v for v in h.grad_norms_clipped if math.isfinite(v)]
    if cfg.task != ch.config.task:  # e.g. a check of the window's run after a task change
        reasons.append(msg("Your run trains the {task} task; this challenge is about {want}: "
                           "load the challenge first.", task=cfg.task, want=ch.config.task))
    if used > ch.max_updates:
        reasons.append(msg("Your run used {used} updates; the challenge allows at most {limit}.",
                           used=used, limit=ch.max_updates))
    for c in ch.require:
        if c.check == "metric":
            name = c.name or primary
            bound(final.get(name) if name in final else None, c,
                  msg("The held-out {name}", name=name))
        elif c.check == "setting":
            value = getattr(cfg, c.name or "")
            n = len(reasons)
            if "equals" in c.bounds and value != c.bounds["equals"]:
                reasons.append(msg("Setting {field} is {value!r}; the challenge needs {want!r}.",
                                   field=c.name, value=value, want=c.bounds["equals"]))
            elif "one_of" in c.bounds and value not in c.bounds["one_of"]:
                reasons.append(msg("Setting {field} is {value!r}; the challenge allows {want}.",
                                   field=c.name, value=value,
                                   want=", ".join(map(str, c.bounds["one_of"]))))
            elif len(reasons) == n and ("at_least" in c.bounds or "at_most" in c.bounds):
                bound(float(value) if _number(value) else None, c,
                      msg("The setting {field}", field=c.name))
                continue
            if len(reasons) > n and c.why:
                reasons[-1] = msg("{reason} {why}", reason=reasons[-1], why=c.why)
        elif c.check == "lr":
            lrs = [cfg.lr, *h.lrs]  # the lr can be changed while training
            if "at_least" in c.bounds:
                bound(min(lrs), replace(c, bounds={"at_least": c.bounds["at_least"]}),
                      msg("The learning rate"))
            if "at_most" in c.bounds:
                bound(max(lrs), replace(c, bounds={"at_most": c.bounds["at_most"]}),
                      msg("The learning rate"))
        elif c.check == "updates":
            bound(float(used), c, msg("The number of updates"))
        elif c.check == "finite":
            if record.diverged or len(finite_losses) < len(h.losses):
                peak = max(raw_norms) if raw_norms else math.nan
                reasons.append(msg("Your run diverged at update {step} (the largest finite "
                                   "gradient norm was {peak}): the loss or the gradients "
                                   "became NaN or infinite.",
                                   step=record.diverged_at or used + 1, peak=_fmt(peak)))
                if c.why:
                    reasons[-1] = msg("{reason} {why}", reason=reasons[-1], why=c.why)
        elif c.check == "grad_norm":
            bound(max(raw_norms) if raw_norms else None, c,
                  msg("The largest gradient norm before clipping"))
        elif c.check == "applied_norm":
            bound(max(used_norms) if used_norms else None, c,
                  msg("The largest gradient norm applied"))
        elif c.check == "predict":
            _check_predict(c, record, reasons)
        elif c.check == "loss":
            bound(finite_losses[-1] if finite_losses and not record.diverged else None, c,
                  msg("The last training loss"))
    value = final.get(primary)
    value = float(value) if _number(value) else None
    summary = msg("{updates} updates, held-out {name} {value}{diverged}.", updates=used,
                  name=primary, value="–" if value is None else _fmt(value),
                  diverged=msg(", diverged") if record.diverged else "")
    if used == 0 and not record.diverged:
        reasons.insert(0, msg("Your run has no updates yet: train it first."))
    return Verdict(not reasons, tuple(reasons), summary, primary, value)


def _check_predict(c: Condition, record: RunRecord, reasons: list[Msg]) -> None:
    """The recorded predict-first score: at least `at_least` right of `of` answered."""
    score = dict(record.predict or {})
    kinds = [k for k in PREDICT_KINDS if k != "any"] if c.name == "any" else [c.name]
    right = sum(score.get(k, (0, 0))[0] for k in kinds)
    asked = sum(score.get(k, (0, 0))[1] for k in kinds)
    need = int(c.bounds["at_least"])
    if asked < c.of:
        reasons.append(msg("You answered {asked} of the {of} predict-first questions "
                           "({kind}) yet: turn on Predict first in the Unrolled network view "
                           "and answer them.", asked=asked, of=c.of, kind=c.name))
    elif right < need or right * c.of < need * asked:  # the share counts, too
        reasons.append(msg("You called {right} of {asked} right ({kind}); the goal is {need} "
                           "of {of}.", right=right, asked=asked, kind=c.name, need=need,
                           of=c.of))
    else:
        return
    if c.why:
        reasons[-1] = msg("{reason} {why}", reason=reasons[-1], why=c.why)


# ====================================================================== running
def budget(ch: Challenge, config: Config) -> int:
    """Updates a headless check trains: the config's budget, at most the challenge's."""
    return min(config.steps, ch.max_updates)


def train(ch: Challenge, config: Config, stop: threading.Event | None = None
          ) -> Iterator[tuple[int, int]]:
    """Train `config` as ``rnnstudio train`` would (its own budget and stop-at-metric, at
    most the challenge's ``max_updates``); yields (update, budget) after every update and
    returns the :class:`RunRecord` (``record = yield from train(...)``)."""
    from .trainer import Trainer

    tr = Trainer(config)
    history = History(list(getattr(tr.task, "metric_labels", {})))
    end = budget(ch, config)
    diverged_at = None
    for snap in tr.run(stop, budget=end):
        history.add_snapshot(snap)
        if snap.status == "diverged":
            diverged_at = snap.step + 1
        yield tr.step, end
    return RunRecord(config, history, diverged_at is not None, diverged_at)


def run(ch: Challenge, config: Config, stop: threading.Event | None = None
        ) -> tuple[RunRecord, Verdict]:
    """Train `config` and check it (seeded: the same verdict every time)."""
    gen = train(ch, config, stop)
    while True:
        try:
            next(gen)
        except StopIteration as done:
            record = done.value
            break
    return record, evaluate(ch, record)


def describe(ch: Challenge) -> str:
    """The challenge in Markdown for a list or a panel (English headings; the GUI writes
    its own)."""
    parts = [f"# {ch.title}", "", ch.goal, ""]
    if ch.is_failure:
        parts += ["## What goes wrong", "", ch.symptom, "", "## Why", "", ch.why, "",
                  "## The fix to try", "", ch.fix, ""]
    else:
        parts += ["## Hint", "", ch.hint, ""]
    parts += [f"At most {ch.max_updates} updates."]
    return "\n".join(parts) + "\n"
