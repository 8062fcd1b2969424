"""The pass over one article: sentences in order, each read by the rules, the results
kept in a `Registry`."""
from __future__ import annotations

import re

from ..model import Extraction, Ref
from .context import LEVEL_PREFIXES, ArticleContext
from .lexicon import ESTABLISH_VERBS, HOLD_VERBS, ROLE_NOUNS, SPEECH_VERBS
from .orgs import (NATIONAL, Named, clause_bounds, find_named, generic_core, is_proper, resolve,
                   strip_quotes)
from .ner import persons_in, tagger
from .persons import after_title, confirm_tagged, name_after, name_before, name_like_at, tagger_agrees
from .posts import OWN_BODY_TITLES, PARTY_BODIES, PostItem, _former_before, continuation, posts_after, posts_before
from .programs import QUANTITY, read_lists, read_programs
from .registry import Registry
from ..text.document import Text
from .spans import Sentence
from .tokens import freq, in_dict, tag

MAX_TEXT = 2_000_000  # characters read per article
QUOTED_PROGRAM = re.compile(r"^“([^”]{2,16})”项目$")
HONORIFICS = ("总书记", "同志")  # not 总理/主席: countries stand before those
HEAD_LEVELS = {"省长": ("province",), "市长": ("city",), "县长": ("county",), "区长": ("district",),
               "镇长": ("town",), "乡长": ("town",), "村长": ("village",), "州长": ("city",)}
ADVERBS = "已也还曾将又则便就都现"
TAG_WINDOW = 12  # characters of context on each side of a flagged token
FORMER_VERBS = ("曾任", "此前担任", "之前担任", "此前任", "曾担任", "原任")
# Titles written right after a leader's name (习近平总书记, 某某书记要求, 某某省长在…提出),
# with the body each one reads from context.
BARE_TITLES = ("总书记", "书记", "副书记", "省长", "副省长", "常务副省长", "市长", "副市长",
               "常务副市长", "县长", "副县长", "区长", "副区长", "州长", "镇长", "乡长", "总理", "副总理")
# A place referred to by its level: 该镇, 全县, 镇里, 本市, and a clause opening with a bare
# level word (，街道将成立…).
ANAPHOR = re.compile(r"(?:该|全|本|我)(省|市|县|区|镇|乡|村|街道)|(省|市|县|区|镇|乡|村)里"
                     r"|(?<=[，。；：])(街道|镇|县|区)(?=将|要|已|还|也|正|先后|专门|成立|组建)")
# A company or project settling in a place: 某项目正式落户某街道.
SETTLE = re.compile(r"落户|落地|落子|入驻|进驻|选址|坐落于|位于")
SETTLE_GAP = ("", "正式", "将", "已", "顺利", "成功", "拟", "也", "还", "最终", "正式签约")
# Roles in a task force read with no body written (由某某任组长).
TASKFORCE_ROLES = ("组长", "副组长", "常务副组长", "班长", "副班长", "成员", "骨干")
NATIONAL_BODIES = {"总书记": "中共中央", "总理": "国务院", "副总理": "国务院", "国务委员": "国务院"}
# The last party named before the name decides whose 总书记 it is (越共中央…, 朝鲜劳动党…).
PARTIES = re.compile(r"(中共|中国共产党|党中央)|(越共|人民革命党|劳动党|共产党|人民党)")
# A party congress or committee of some level written before the name: 湖南省第十二次党代会,
# 市委全会, 中共某县委 — the level character is group 1.
PARTY_CONTEXT = re.compile(r"(省|市|州|县|区)(?:第[一二三四五六七八九十百零\d]+次)?(?:党代会|党代表大会|委(?![员会]))")
# Words after which a bare title is not a post (书记处, 书记员).
NOT_AFTER_BARE = ("处", "员", "们")


class ArticleExtractor:
    """Reads one article; `run()` returns its Extraction."""

    def __init__(self, text: str) -> None:
        self.text = text[:MAX_TEXT]
        doc = Text(self.text)
        self.ctx = ArticleContext(doc)
        self.reg = Registry()
        self.sentences = [Sentence(s, self.ctx) for s in doc.sentences]
        self._counts: dict[str, int] = {}
        self.people: dict[str, int] = {}  # name -> first position
        self.name_spans: list[tuple[int, int]] = []  # company and project names
        self._body_spans: list[tuple[int, int]] = []  # bodies named in the current sentence
        self._bare: list[tuple[str, str, int, Sentence, str]] = []  # 某某书记: (name, title, at, sentence, status)

    def count(self, s: str) -> int:
        c = self._counts.get(s)
        if c is None:
            c = self._counts[s] = self.text.count(s)
        return c

    # ------------------------------------------------------------------ the pass
    def run(self) -> Extraction:
        for sent in self.sentences:
            self.name_spans.extend(read_lists(sent, self.reg))
            named = self._names(sent)
            self._body_spans = [(n.start, n.end) for n in named if n.label != "Place"]
            self._people(sent)
            self._tagged_people(sent, named)
            self._appositive(sent)
            self._establish(sent, named)
            self._settle(sent, named)
            read_programs(sent, self.reg)
        self._places()
        self._bare_holds()
        for name, pos in self.people.items():
            self.reg.add("Person", name, count=self.count(name), pos=pos)
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
            if quoted:  # “政企连心桥”项目: a named service programme
                n.label, n.name = "Program", quoted.group(1)
                n.aliases = {quoted.group(1) + "项目"}
        if n.label == "TaskForce" and n.place is None and not n.name.startswith(NATIONAL):
            p = self._anaphor_place(sent, n.start) \
                or self.ctx.nearest_local(n.start, self.name_spans)  # not 国务院…专班: national
            if p is not None:
                n.aliases.add(n.name)
                n.name = p.name + n.name
                n.place = p
        props = {"kind": n.kind} if n.label == "Organization" and n.kind else {}
        ref = self.reg.add(n.label, n.name, props, n.aliases, pos=n.start)
        if n.place is None and n.start >= 2 and self.text[n.start - 1] == "的":
            p = self.ctx.covering(n.start - 2)  # 位于江宁区的云岭集团
            if p is not None and p.end == n.start - 1:
                n.place = p
        if n.place is not None and n.label in ("Organization", "Company", "TaskForce", "Project"):
            self.reg.relate("LOCATED_IN", ref, Ref("Place", n.place.name), sent.text)
        return ref

    def _project_company(self, n: Named) -> None:
        """The company a project is named after: the part before its quantity (远航集团年产
        30万吨…项目) or between a leading country and an inner place (德国莱茵化工钦州…项目,
        雪佛龙宁波乙烯项目)."""
        m = QUANTITY.search(n.name)
        company = None
        if m is not None and m.start() >= 2:
            company = n.name[:m.start()]
        else:
            places = self.ctx.inside(n.start, n.end)
            r = n.start
            for p in places:
                if p.start == r:
                    r = p.end
            inner = [p for p in places if p.start > r]
            end = inner[0].start if inner else (n.end - len(n.head) if r > n.start else r)
            cand = self.text[r:end]
            if 2 <= len(cand) <= 6 and (inner or len(cand) <= 4) and is_proper(cand, n) \
                    and not generic_core(cand):
                company = cand
        if not company or company.endswith(("的", "和", "与")) or "至" in company or self.ctx.is_mentioned(company):
            return
        if n.place is not None and company == n.place.name:
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
            if any(sent.titles_end.get(r, "") and r - len(sent.titles_end[r]) < p
                   for r in (p + 1, p + 2)):
                continue  # 董事|长孙…: the title goes on (董事长), no name starts here
            q = p + 1 if p < sent.end and text[p] == "的" else p
            tok = sent.token_at(q)
            name = name_after(text, q, sent.end, self.count,
                              tok[1] - q if tok is not None and tok[0] == q else 0)
            if not name or sent.title_before(p) is None:
                continue
            if q > p and freq(name) >= 3 and (len(name) == 2 or tag(name) not in ("nr", "nrfg", "nrt")):
                continue  # 总书记的关怀: after 的 a word jieba knows is no name (时任…的习近平 is)
            self._person(name, q)
            for item in posts_before(sent, p):
                self._hold(name, item, sent)
        # 1b. names right after a role noun (竹器经营户王大成), or opening an interview answer
        for role in ROLE_NOUNS:
            k = sent.text.find(role)
            while k >= 0:
                q = sent.start + k + len(role)
                k = sent.text.find(role, k + 1)
                tok = sent.token_at(q)
                name = name_after(text, q, sent.end, self.count,
                                  tok[1] - q if tok is not None and tok[0] == q else 0)
                if name and text.startswith(("，", "说", "表示", "介绍", "告诉", "笑着", "坦言", "是", "在",
                                             "的", "带", "把", "从", "对", "和", "与", "正", "也", "就",
                                             "今年", "去年", "每天", "一家", "家"), q + len(name)):
                    self._person(name, q)
        colon = sent.text.find("：")
        if 2 <= colon <= 4:
            name = name_before(text, sent.start + colon, sent.start, self.count, sent.is_token)
            if name and len(name) == colon:
                self._person(name, sent.start)
        # 2. names before a verb of saying
        for verb in SPEECH_VERBS:
            k = sent.text.find(verb)
            while k >= 0:
                e = sent.start + k
                k = sent.text.find(verb, k + 1)
                if any(len(v2) > len(verb) and text.startswith(v2, e - len(v2) + len(verb))
                       for v2 in SPEECH_VERBS if v2.endswith(verb)):
                    continue  # 说 of 笑着说: read from the longer verb
                vt = sent.token_at(e)
                if vt is not None and vt[0] == e and len(vt[2]) > len(verb) and vt[2] not in SPEECH_VERBS \
                        and in_dict(vt[2]) and not vt[2].startswith(verb + "，"):
                    continue  # 说唱, 说明: the verb is part of another word
                if e - 1 > sent.start and text[e - 1] in ADVERBS:
                    e -= 1
                lo, _ = clause_bounds(sent, e - 1)
                name = next((nm for nm in self.people if text.endswith(nm, 0, e)), None)
                if name is None:
                    name = name_before(text, e, lo, self.count, sent.is_token)
                    if name and not after_title(text, e - len(name)) and not tagger_agrees(sent, e - len(name), name):
                        name = None
                if name:
                    self._person(name, e - len(name))
        # 2b. names before an honorific title: 习近平总书记, 李强总理, 某某同志
        for word in HONORIFICS:
            k = sent.text.find(word)
            while k >= 0:
                e = sent.start + k
                k = sent.text.find(word, k + 1)
                lo, _ = clause_bounds(sent, e - 1)
                name = next((nm for nm in self.people if text.endswith(nm, 0, e)), None) \
                    or name_before(text, e, lo, self.count, sent.is_token)
                if name:
                    self._person(name, e - len(name))
        # 2c. names before a bare title: 张三书记要求…, 李四省长在…提出 (the post is read at the end)
        self._names_before_titles(sent)
        # 3. names before a post: 赵立群是…主任 / 钱小东，是专班骨干
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
                    name = name_before(text, e, lo, self.count, sent.is_token)
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

    def _names_before_titles(self, sent: Sentence) -> None:
        """某某书记, 某某省长 …: a name written right before a bare leader's title. The name
        must be bounded on its left and read as a name by the tagger (or met before)."""
        text = self.text
        for p, title in sent.titles_end.items():
            if title not in BARE_TITLES or sent.title_before(p) is None:
                continue
            ts = p - len(title)
            if text.startswith(NOT_AFTER_BARE, p) or p < sent.end and sent.titles_end.get(p + 1):
                continue
            lo, _ = clause_bounds(sent, ts - 1)
            if ts - lo < 2:
                continue
            name = next((nm for nm in self.people if text.endswith(nm, 0, ts) and ts - len(nm) >= lo
                         and (ts - len(nm) == lo or text[ts - len(nm) - 1] in "，、。：；“ 的和与及")), None)
            if name is None:
                name = name_before(text, ts, lo, self.count, sent.is_token)
                if not name or not self._tagger_reads(name, ts - len(name), lo, p):
                    continue
            b = ts - len(name)
            if self.ctx.covering(b) is not None or self.ctx.covering(ts - 1) is not None \
                    or any(a <= b < z for a, z in self._body_spans):
                continue  # 临湘市长, a body's name: not a person
            self._person(name, b)
            status = "former" if _former_before(text, b, sent.start) else "current"
            self._bare.append((name, title, ts, sent, status))

    def _tagger_reads(self, name: str, b: int, lo: int, hi: int) -> bool:
        """The tagger reads `name` at `b` as a person in the clause [lo, hi), or, without a
        tagger, jieba does not know the characters as an ordinary word."""
        if freq(name) and tag(name) not in ("nr", "nrfg", "nrt"):
            return False
        lo = max(lo, b - TAG_WINDOW)
        found = persons_in(self.text[lo:hi + 4])
        if not found and ner_missing():
            return True
        return any(lo + s == b and lo + t >= b + 2 for s, t, _ in found)  # 王建|新: a name's start

    def _bare_holds(self) -> None:
        """The posts of 某某书记, 某某省长 …: kept when the person holds no post of that title
        already; the body read from context (省长 → the province, 书记 → the party committee
        of the congress or committee named before, 总书记 → 中共中央)."""
        held: set[tuple[str, str]] = set()
        for rel in self.reg.relations.values():
            if rel.type == "HOLDS":
                post = self.reg.entities.get(("Post", rel.target.name))
                if post is not None:
                    held.add((rel.source.name, post.props.get("title", "")))
        for name, title, ts, sent, status in self._bare:
            if name not in self.people or (name, title) in held:
                continue
            held.add((name, title))
            body = self._bare_body(title, ts, sent)
            person = Ref("Person", name)
            post = self.reg.add("Post", (body.name if body is not None else "") + title, {"title": title}, pos=ts)
            self.reg.relate("HOLDS", person, post, sent.text, status=status)
            if body is not None:
                self.reg.relate("OF", post, body, sent.text)

    def _bare_body(self, title: str, ts: int, sent: Sentence) -> Ref | None:
        if title in NATIONAL_BODIES:
            last = None
            for last in PARTIES.finditer(self.text, sent.start, ts):
                pass
            if last is not None and last.group(2) and not last.group(1):
                return None  # a foreign party's leader
            return self.reg.add("Organization", NATIONAL_BODIES[title],
                                {"kind": "party" if title == "总书记" else "government"}, pos=ts)
        if title.lstrip("副常务") in HEAD_LEVELS:
            return self._head_place(PostItem(title, None, "current", ts, False))
        # 书记: the party committee of the congress or committee written before the name
        prev = [s for s in self.sentences if s.end <= sent.start][-1:]
        for lo, hi in ((sent.start, ts), *((s.start, s.end) for s in prev)):
            m = None
            for m in PARTY_CONTEXT.finditer(self.text, lo, hi):
                pass
            if m is None:
                continue
            k = m.start(1)
            place = self.ctx.covering(k)
            if place is None or place.end != k + 1:
                place = self.ctx.context(k, LEVEL_PREFIXES[m.group(1)])
                if place is None or place.start > k:
                    continue
            if not place.name.endswith(("省", "市", "县", "区", "州")):
                continue
            suffix = "党委" if place.name.endswith("自治区") else "委"
            ref = self.reg.add("Organization", place.name + suffix, {"kind": "party"}, pos=ts)
            self.reg.relate("LOCATED_IN", ref, Ref("Place", place.name), sent.text)
            return ref
        return None

    def _tagged_people(self, sent: Sentence, named: list[Named]) -> None:
        """Names no rule anchored (in lists, after a verb, opening a clause): where jieba
        leaves a name-like token (surname first, unknown to its dictionary or known as a
        name), the tagger reads that clause and its PER spans are confirmed by rules."""
        toks = sent.tokens
        spans = [(n.start, n.end) for n in named if n.label != "Place"]
        flagged = [t for k, t in enumerate(toks) if name_like_at(toks, k) and t[2] not in self.people
                   and self.ctx.covering(t[0]) is None
                   and not any(a <= t[0] and t[1] <= z for a, z in spans)]
        if not flagged:
            return
        text = self.text
        done: set[tuple[int, int]] = set()
        for b, e, _ in flagged:
            lo, hi = clause_bounds(sent, b)
            lo, hi = max(lo, b - TAG_WINDOW), min(hi, e + TAG_WINDOW)  # the tagger's cost is per character
            if any(a <= b and e <= z for a, z in done):
                continue
            done.add((lo, hi))
            for s, t, name in persons_in(text[lo:hi]):
                s, t = lo + s, lo + t
                if not confirm_tagged(name, text, s, t, sent, self.count):
                    continue
                if any(a <= s and t <= z and (a, z) != (s, t) for a, z in spans):
                    continue  # part of an organisation's or company's name
                if any(p != name and (p.startswith(name) or name.startswith(p)) for p in self.people):
                    continue  # a part (or an overreading) of a name the rules read
                self._person(name, s)

    def _appositive(self, sent: Sentence) -> None:
        """A known person followed by their post: 李四，某某公司总经理，…; 张三（某局局长）."""
        text = self.text
        for name in self.people:
            k = sent.text.find(name)
            while k >= 0:
                after = sent.start + k + len(name)
                k = sent.text.find(name, k + 1)
                if after >= sent.end or text[after] not in "，（(":
                    continue
                items, end = posts_after(sent, after + 1)
                if text[end - 1] == "、":
                    continue  # 王某，区委副书记、区长李某: the list goes on to the next name
                if items and all(it.org is not None and it.org.label != "Place" and not it.org.generic
                                 for it in items):
                    for item in items:
                        self._hold(name, item, sent)

    def _person(self, name: str, pos: int) -> None:
        m = self.ctx.covering(pos)
        if m is not None and m.end >= pos + len(name) - 1:
            return  # a place (伊拉克), not a person
        if any(a == pos and z > pos + len(name) for a, z in self._body_spans):
            return  # the first characters of a body's or company's name (代表某某控股集团…)
        if name not in self.people:
            self.people[name] = pos

    def _hold(self, name: str, item: PostItem, sent: Sentence) -> None:
        if name not in self.people:
            return  # the reading was refused as a person (a place, a body's first word)
        person = Ref("Person", name)
        org = item.org
        body: Ref | None = None
        if org is not None:
            if org.label == "Place":
                body = Ref("Place", org.name)
            elif org.generic:
                body = self._reference(org)
                if body is None:  # unresolved bare body: the post keeps its name, no node
                    bare = strip_quotes(org.surface)
                    if item.member:
                        return
                    post = self.reg.add("Post", bare + item.title, {"title": item.title}, pos=item.title_start)
                    self.reg.relate("HOLDS", person, post, sent.text, status=item.status)
                    return
            elif org.name in self.people or strip_quotes(org.surface) in self.people:
                body = None
            else:
                body = self._register(org, sent)
        if body is None and org is None:
            body = self._head_place(item) or self._taskforce_of_role(item, sent) or (
                self._bare_body(item.title, item.title_start, sent)
                if item.title in OWN_BODY_TITLES else None)
        if body is not None and body.label == "TaskForce":
            self.reg.relate("MEMBER_OF", person, body, sent.text, role=item.title)
            if item.member:
                return
        elif item.member and not (body is not None and body.name.endswith(PARTY_BODIES)):
            return  # a member of a party group holds a post (某局党组成员)
        post_name = (body.name if body is not None else "") + item.title
        post = self.reg.add("Post", post_name, {"title": item.title}, pos=item.title_start)
        self.reg.relate("HOLDS", person, post, sent.text, status=item.status)
        if body is not None:
            self.reg.relate("OF", post, body, sent.text)

    def _anaphor_place(self, sent: Sentence, pos: int):
        """该镇/全镇/镇里 … before `pos` in its sentence: the place of that level in context
        (该镇…成立了…专班 → the town's task force, not its county's)."""
        m = None
        for m in ANAPHOR.finditer(self.text, sent.start, pos):
            pass
        if m is None:
            return None
        p = self.ctx.context(m.start(), LEVEL_PREFIXES[m.group(1) or m.group(2) or m.group(3)])
        return p if p is not None and p.start <= m.start() else None

    def _taskforce_of_role(self, item: PostItem, sent: Sentence) -> Ref | None:
        """成立某某专班，由某某任组长: a task force's role with no body written takes the
        task force named before it in the sentence."""
        if item.title not in TASKFORCE_ROLES:
            return None
        for label, name, pos in reversed(self.reg.order):
            if pos < sent.start:
                return None
            if label == "TaskForce" and pos <= item.title_start and (label, name) in self.reg.entities:
                return Ref(label, name)
        return None

    def _head_place(self, item: PostItem) -> Ref | None:
        """县长商振江 with no body written: the county in context (市长 → city …)."""
        level = HEAD_LEVELS.get(item.title.lstrip("副常务"))
        if level is None:
            return None
        p = self.ctx.context(item.title_start, level)
        if p is None or p.start > item.title_start or p.name not in self.ctx.mention_names():
            return None
        return Ref("Place", p.name)

    # ------------------------------------------------------------------ task forces
    def _establish(self, sent: Sentence, named: list[Named]) -> None:
        """PLACE/ORG 成立/组建 … 专班 → ESTABLISHED; a generic 工作专班 takes the name of the
        place that set it up (高新区成立工作专班 → 青山高新区工作专班)."""
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
                p = self._anaphor_place(sent, v)  # 该镇成立了…专班, 全县成立…
                if p is None:
                    continue
                subject = Ref("Place", p.name)
            if n.generic:
                if strip_quotes(n.surface) == n.head:
                    continue  # a bare 专班 set up by a place: too little to name it
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

    def _settle(self, sent: Sentence, named: list[Named]) -> None:
        """某某项目落户某街道, 某公司入驻某园区: the company or project named last before the
        verb in its clause is LOCATED_IN the place written right after it."""
        text = self.text
        for m in SETTLE.finditer(text, sent.start, sent.end):
            place = self.ctx.starting(m.end())
            while place is not None and self.ctx.starting(place.end) is not None:
                place = self.ctx.starting(place.end)  # 清远市清城区: the last of the chain
            if place is None:
                continue
            lo, _ = clause_bounds(sent, m.start())
            before = [n for n in named if n.label in ("Company", "Project") and lo <= n.start
                      and n.end <= m.start() and not n.generic and text[n.end:m.start()] in SETTLE_GAP]
            if before and (before[-1].label, before[-1].name) in self.reg.entities:
                self.reg.relate("LOCATED_IN", Ref(before[-1].label, before[-1].name),
                                Ref("Place", place.name), sent.text)

    # ------------------------------------------------------------------ places
    def _places(self) -> None:
        people = [(k, k + len(name)) for name in self.people
                  for k in (m.start() for m in re.finditer(re.escape(name), self.text))]
        outside = self.ctx.outside(self.name_spans + people)
        for ent in self.ctx.entities():
            if not outside.get(ent.name):
                continue  # named only inside a company, project or person (李海东: 海东市)
            self.reg.add(ent.label, ent.name, ent.props, ent.aliases, count=ent.count)
        for rel in self.ctx.part_of([(s.start, s.end, s.text) for s in self.sentences]):
            if not outside.get(rel.source.name):
                continue
            self.reg.relate(rel.type, rel.source, rel.target, rel.sentence)


def ner_missing() -> bool:
    return tagger() is None
