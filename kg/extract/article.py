"""The pass over one article: sentences in order, each read by the rules, the results
kept in a `Registry`."""
from __future__ import annotations

import re

from ..model import Extraction, Ref
from .context import ArticleContext
from .lexicon import ESTABLISH_VERBS, HOLD_VERBS, SPEECH_VERBS, lexicon
from .orgs import Named, clause_bounds, find_named, resolve, strip_quotes
from .persons import name_after, name_before
from .posts import PostItem, continuation, posts_after, posts_before
from .programs import QUANTITY, read_lists, read_programs
from .registry import Registry
from .sentences import split_sentences
from .spans import Sentence
from .tokens import in_dict

MAX_TEXT = 2_000_000
QUOTED_PROGRAM = re.compile(r"^“([^”]{2,16})”项目$")
ADVERBS = "已也还曾将又则便就都现"
FORMER_VERBS = ("曾任", "此前担任", "之前担任", "此前任", "曾担任", "原任")  # characters read per article


class ArticleExtractor:
    def __init__(self, text: str) -> None:
        self.text = text[:MAX_TEXT]
        self.ctx = ArticleContext(self.text)
        self.reg = Registry()
        self.sentences = [Sentence(s, e, t, self.text, self.ctx)
                          for s, e, t in split_sentences(self.text)]
        self._counts: dict[str, int] = {}
        self.people: dict[str, int] = {}  # name -> first position
        self.name_spans: list[tuple[int, int]] = []  # company and project names

    def count(self, s: str) -> int:
        c = self._counts.get(s)
        if c is None:
            c = self._counts[s] = self.text.count(s)
        return c

    # ------------------------------------------------------------------ the pass
    def run(self) -> Extraction:
        lex = lexicon()
        lex.title_ac  # noqa: B018 - build once
        for sent in self.sentences:
            self.name_spans.extend(read_lists(sent, self.reg))
            named = self._names(sent)
            self._people(sent)
            self._establish(sent, named)
            read_programs(sent, self.reg)
        self._places()
        for name, pos in self.people.items():
            self.reg.add("Person", name, count=max(self.count(name) - 1, 0), pos=pos)
        self.reg.fold_abbreviations()
        return self.reg.extraction()

    # ------------------------------------------------------------------ names
    def _names(self, sent: Sentence) -> list[Named]:
        out = []
        prev: Named | None = None
        found = [resolve(n, sent) for n in find_named(sent)]
        self.name_spans.extend((n.start, n.end) for n in found if n.label in ("Company", "Project"))
        for n in found:
            if n.label == "Place":
                prev = None
                continue
            if n.generic and prev is not None and prev.relative and prev.place is not None \
                    and n.start - 1 == prev.end and self.text[n.start - 1] == "、" and n.label == prev.label:
                n.name = prev.place.name + strip_quotes(n.surface)
                n.place, n.relative, n.generic = prev.place, True, False
                n.aliases.add(strip_quotes(n.surface))
            ref = self._register(n, sent)
            if ref is not None:
                n.name = ref.name
            out.append(n)
            prev = n
        return out

    def _register(self, n: Named, sent: Sentence) -> Ref | None:
        """Register a non-generic name (or resolve a generic one); returns its Ref."""
        if n.generic:
            ref = self._reference(n)
            return ref
        if n.place is None and not n.relative:
            known = self.reg.ending_with(n.label, n.name, n.start)
            if known is not None:
                self.reg.entities[(known.label, known.name)].aliases.add(n.name)
                self.reg.add(known.label, known.name, pos=n.start)
                return known
        if n.label == "Project":
            self._project_company(n)
            quoted = QUOTED_PROGRAM.match(n.surface)
            if quoted:  # “企业服务直通车”项目: a named service programme
                n.label, n.name = "Program", quoted.group(1)
                n.aliases = {quoted.group(1) + "项目"}
        if n.label == "TaskForce" and n.place is None:
            p = self.ctx.nearest_local(n.start, self.name_spans)
            if p is not None:
                n.aliases.add(n.name)
                n.name = p.name + n.name
                n.place = p
        props = {"kind": n.kind} if n.label == "Organization" and n.kind else {}
        ref = self.reg.add(n.label, n.name, props, n.aliases, pos=n.start)
        if n.place is not None and n.label in ("Organization", "Company", "TaskForce", "Project"):
            self.reg.relate("LOCATED_IN", ref, Ref("Place", n.place.name), sent.text)
        return ref

    def _project_company(self, n: Named) -> None:
        """通威集团年产40万吨…项目 → the company 通威集团 (the part before the quantity)."""
        m = QUANTITY.search(n.name)
        if m is None or m.start() < 2:
            return
        company = n.name[:m.start()]
        if n.place is not None and company == n.place.name or self.ctx.is_mentioned(company):
            return
        if company.endswith(("的", "和", "与")):
            return
        self.reg.add("Company", company, pos=n.start)

    def _reference(self, n: Named) -> Ref | None:
        """A bare reference (专班, 指挥部, 招商局): the body of that kind met before."""
        name = strip_quotes(n.surface)
        known = self.reg.ending_with(n.label, name, n.start)
        if known is None and n.label == "TaskForce" and name == n.head:
            known = self.reg.last("TaskForce", n.start)
        if known is not None:
            self.reg.add(known.label, known.name, pos=n.start)
        return known

    # ------------------------------------------------------------------ people & posts
    def _people(self, sent: Sentence) -> None:
        text = self.text
        # 1. names right after a title (or 的 after a title)
        for p in sorted(sent.titles_end):
            q = p + 1 if p < sent.end and text[p] == "的" else p
            name = name_after(text, q, sent.end, self.count)
            if not name or sent.title_before(p) is None:
                continue
            self._person(name, q)
            for item in posts_before(sent, p):
                self._hold(name, item, sent)
        # 2. names before a verb of saying
        for verb in SPEECH_VERBS:
            k = sent.text.find(verb)
            while k >= 0:
                e = sent.start + k
                k = sent.text.find(verb, k + 1)
                if any(len(v2) > len(verb) and text.startswith(v2, e - len(v2) + len(verb))
                       for v2 in SPEECH_VERBS if v2.endswith(verb)):
                    continue  # 说 of 笑着说: read from the longer verb
                if e - 1 > sent.start and text[e - 1] in ADVERBS:
                    e -= 1
                lo, _ = clause_bounds(sent, e - 1)
                name = next((nm for nm in self.people if text.endswith(nm, 0, e)), None) \
                    or name_before(text, e, lo, self.count)
                if name:
                    self._person(name, e - len(name))
        # 3. names before a post: 陈妙根是…主任 / 周亮，是专班骨干
        for verb in HOLD_VERBS:
            k = sent.text.find(verb)
            while k >= 0:
                v = sent.start + k
                k = sent.text.find(verb, k + 1)
                tok = sent.token_at(v)
                if tok is None or tok[0] != v and (in_dict(tok[2]) or tok[1] < v + len(verb)):
                    continue  # part of a longer word (上任 for 任, 但是 for 是)
                e = v - 1 if v - 1 > sent.start and text[v - 1] == "，" else v
                if e - 1 > sent.start and text[e - 1] in ADVERBS:
                    e -= 1
                lo, _ = clause_bounds(sent, e - 1)
                name = next((nm for nm in self.people if text.endswith(nm, 0, e)), None)
                if name is None and e > lo:
                    name = name_before(text, e, lo, self.count)
                if not name:
                    continue
                status = "former" if verb in FORMER_VERBS else "current"
                items, end = posts_after(sent, v + len(verb), status)
                if items:
                    self._person(name, e - len(name))
                while items:
                    for item in items:
                        self._hold(name, item, sent)
                    nxt = continuation(sent, end)
                    if not nxt:
                        break
                    items, end = posts_after(sent, nxt[0], nxt[1])

    def _person(self, name: str, pos: int) -> None:
        if name not in self.people:
            self.people[name] = pos

    def _hold(self, name: str, item: PostItem, sent: Sentence) -> None:
        person = Ref("Person", name)
        org = item.org
        body: Ref | None = None
        if org is not None:
            if org.label == "Place":
                body = Ref("Place", org.name)
            elif org.generic:
                body = self._reference(org)
                if body is None:
                    body = self.reg.add(org.label, strip_quotes(org.surface), pos=org.start)
            else:
                body = self._register(org, sent)
        if body is not None and body.label == "TaskForce":
            self.reg.relate("MEMBER_OF", person, body, sent.text, role=item.title)
            if item.member:
                return
        elif item.member:
            return
        post_name = (body.name if body is not None else "") + item.title
        post = self.reg.add("Post", post_name, {"title": item.title}, pos=item.title_start)
        self.reg.relate("HOLDS", person, post, sent.text, status=item.status)
        if body is not None:
            self.reg.relate("OF", post, body, sent.text)

    # ------------------------------------------------------------------ task forces
    def _establish(self, sent: Sentence, named: list[Named]) -> None:
        """PLACE/ORG 成立/组建 … 专班 → ESTABLISHED; a generic 工作专班 takes the name of the
        place that set it up (经开区成立工作专班 → 大亚湾经开区工作专班)."""
        text = self.text
        for n in named:
            if n.label != "TaskForce":
                continue
            lo, _ = clause_bounds(sent, n.start)
            window = text[lo:n.start]
            verb_at = max((window.rfind(v) for v in ESTABLISH_VERBS), default=-1)
            if verb_at < 0:
                continue
            v = lo + verb_at
            subject = None
            for m in reversed(self.ctx.inside(lo, v)):
                subject = Ref("Place", m.name)
                break
            if subject is None:
                orgs = [o for o in named if o.end <= v and o.start >= lo and o.label == "Organization" and not o.generic]
                if orgs:
                    subject = Ref("Organization", orgs[-1].name)
            if subject is None:
                continue
            if n.generic:
                name = subject.name + strip_quotes(n.surface)
                tf = self.reg.add("TaskForce", name, aliases={strip_quotes(n.surface)}, pos=n.start)
                n.name, n.generic = name, False
            else:
                tf = Ref("TaskForce", n.name)
                if (tf.label, tf.name) not in self.reg.entities:
                    continue
            self.reg.relate("ESTABLISHED", subject, tf, sent.text)
            if subject.label == "Place":
                self.reg.relate("LOCATED_IN", tf, subject, sent.text)

    # ------------------------------------------------------------------ places
    def _places(self) -> None:
        outside = self.ctx.outside(self.name_spans)
        for ent in self.ctx.entities():
            if not outside.get(ent.name):
                continue  # named only inside a company or project name (上海钢圈食品)
            self.reg.add(ent.label, ent.name, ent.props, ent.aliases, count=ent.count)
        for rel in self.ctx.part_of([(s.start, s.end, s.text) for s in self.sentences]):
            if not outside.get(rel.source.name):
                continue
            self.reg.relate(rel.type, rel.source, rel.target, rel.sentence)
