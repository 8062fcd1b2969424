"""The components of extraction, in the order they run (see `kg.extract.driver`).

Per sentence: lists of projects and companies, then the bodies the sentence names (by
their heads, national bodies named bare and the units written after them (国家防总办公室),
the units a national body names after itself (某部某某中心), national bodies written with a term inside or glued after a name, the bare committees of a
national body the article names (提案委员会 of 全国政协),
military units without a head (第十三集团军, 武警四川总队), bodies the sequence tagger
confirms, national firms named bare (中国移动), bare bodies of the place opening their clause), then
people by their anchors (after a title, after a role noun, before a verb of saying or of
meeting, an honorific, a bare title, a post), people the tagger proposes, the posts of a title
before a list of names or before a role noun (代表、某村村民某某), posts in apposition, task
forces set up, companies and projects settling in a place, programs, the projects named
inside their site's party branch, the companies named at the head of their units' names. Per article: places,
projects that name no one project dropped, the posts of bare titles, people as entities,
names refused (`refused`), the bodies party groups are named after, short forms folded, bodiless posts dropped.

Where a new rule goes: a new anchor for names is a component beside those in `people`;
a sequence model that proposes names or bodies is a component beside `tagged_people`,
writing the same tables; bodies found from a lexicon (central ministries) belong to
`bodies` (with their words in kg/data/vocab/bodies/); programs and projects written
without quotes beside `programs`.
"""
from __future__ import annotations

from ..driver import check
from .academic_posts import academic_posts
from .appositive import appositive
from .bare_firms import bare_firms
from .bare_titles import bare_title_posts, before_bare_titles
from .bodies import bodies
from .branches import branch_projects
from .brand_firms import brand_firms
from .central import central_bodies
from .central_units import central_units
from .central_parts import central_parts
from .central_spans import central_spans
from .dotted_deputies import dotted_deputies
from .careers import career_events
from .foreign_bodies import foreign_bodies
from .foreign_leaders import foreign_leaders
from .foreign_ministers import foreign_ministers
from .head_of_state import head_of_state
from .ranked_holders import ranked_holders
from .households import before_households
from .cut_names import people_cut_short
from .finish import bodiless_posts_dropped, fold_abbreviations, people_entities
from .listed_holders import listed_holders
from .listed_people import listed_people, listed_people_late
from .lists import listed_names
from .members import taskforce_members
from .military_units import military_units
from .national_units import national_units
from .parent_companies import parent_companies
from .party_groups import party_group_bodies
from .party_congresses import party_congresses
from .people import (after_roles, after_titles, before_activities, before_honorifics, before_posts,
                     before_speech)
from .places import places
from .programs import programs
from .projects import projects_named_after_works, unnamed_projects_dropped
from .refused import refused_names
from .refused_companies import refused_companies
from .refused_people import refused_people
from .repeated_names import repeated_after_titles
from .role_posts import role_posts
from .resumes import resume_subject
from .sequence_people import sequence_people
from .session_deputies import session_deputies
from .settle import settled_in
from .shared_heads import shared_heads
from .subject_bodies import subject_bodies
from .subject_posts import subject_posts
from .tagged_bodies import tagged_bodies, tagged_companies
from .tagged_people import tagged_people
from .taskforces import established
from .transfer_works import transfer_works
from .grid_lines import grid_lines

PIPELINE = (
    listed_names, bodies, shared_heads, central_bodies, central_units, national_units, party_congresses, central_spans, central_parts,
    military_units, foreign_bodies, tagged_bodies, bare_firms,
    subject_bodies, established,
    after_titles, repeated_after_titles, after_roles, before_speech, dotted_deputies, before_activities, before_honorifics, before_bare_titles,
    before_posts, before_households,
    career_events, resume_subject, tagged_people, listed_people,
    tagged_companies, brand_firms, sequence_people, listed_people_late, foreign_leaders, foreign_ministers, ranked_holders, academic_posts, listed_holders, role_posts, appositive, taskforce_members, settled_in, programs, transfer_works, grid_lines, branch_projects,
    parent_companies,
    places, subject_posts, unnamed_projects_dropped, bare_title_posts, session_deputies, head_of_state, people_entities,
    people_cut_short, refused_people, refused_names, refused_companies, party_group_bodies, projects_named_after_works,
    fold_abbreviations,
    bodiless_posts_dropped,
)
check(PIPELINE)
