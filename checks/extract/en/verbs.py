"""Verbs left in an English quantity's name: the words before a figure read as its name may run on into the verb
of their clause ("the dividend was below the 2 cent dividend", "dwelling approvals fell 3%", "freight traffic should
register double-digit growth", "the cloud unit recorded a rise of 15%"). A name stops at its finite verb: the words
before the verb are the quantity; before a verb of recording or having, they are the party or part whose quantity the
words after the verb name (the district has the lowest literacy rate); a name that is only a verb names nothing."""

from __future__ import annotations

import re

from checks.extract.en.answers import is_answer
from checks.extract.en.measure import Measure
from checks.extract.en.nounphrase import pronoun
from checks.extract.en.owners import anaphor, is_name, quantity_word

# A verb of being or a modal, or a simple past that no participle shares (grew, fell; not "cars registered", whose
# participle names the cars counted): its subject is the quantity; the verb and what follows are no part of it.
_FINITE = re.compile(r"\s(?:is|are|was|were|will|would|should|could|may|might|can|shall|"
                     r"grew|rose|fell|sank|shrank|soared|slumped|jumped|climbed|dipped|plunged|surged|tumbled|"
                     r"inched|edged|peaked|bottomed|remained|stayed|stood|came|went|slid|mushroomed|ballooned|"
                     # a movement in -ed with words after it follows its noun only as a finite verb (sales declined
                     # at Honda; not: 2,468 stocks advanced, whose verb names the stocks counted)
                     r"(?:increased|decreased|declined|rebounded|accelerated|slowed|slipped|dropped|advanced|"
                     r"retreated|contracted|expanded|doubled|tripled|halved|widened|narrowed|totall?ed|amounted)"
                     r"(?=\s))\b")
# A verb of being before a participle that ends the name is a passive: the participle stays (handsets were
# delivered: handsets delivered); a passive with words after it (rates were recorded in Germany) is left whole.
_PASSIVE = re.compile(r"\s(?:is|are|was|were)\s+(?=[a-z]+ed$)")
# A passive of recording with nothing after it: its subject is the quantity (the deficit was recorded at).
_LOGGED = re.compile(r"\s(?:is|are|was|were)\s+(?:recorded|registered|logged|posted|reported|pegged|put|placed|"
                     r"estimated|calculated|measured)$")
_PASSIVE_ON = re.compile(r"(?:^|\s)(?:is|are|was|were)\s+[a-z]+ed\b")
_BEING = re.compile(r"\s(?:is|are|was|were)\b")
# A quantity said to be recorded in a place: (the lowest) unemployment rates were recorded in Czechia and Germany.
_RECORDED_IN = re.compile(r"(?P<name>.+?)\s+(?:is|are|was|were)\s+(?:recorded|observed|registered|seen|reported|"
                          r"found|measured)\s+in\s+(?P<place>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,3})")
_DID = re.compile(r"\s+(?:did|does|do)$")
_ARTICLE = re.compile(r"\s+(?:an?|the)\s")
# A verb of recording or having whose subject is a party or a part (a segment, a sector, a carrier, a district)
# and whose object names the quantity: the cloud segment experienced growth; financial services recorded a rise; the
# district has the lowest literacy rate. Not "delivered" or "reported": vehicles delivered, sales reported.
_RECORDED = re.compile(r"\s(?:recorded|posted|generated|experienced|suffered|achieved|handled|logged|booked|notched|"
                       r"clocked|witnessed|saw|showed|earned|"
                       r"(?:has|have|had)(?!\s+(?:(?:now|also|already|just)\s+)?(?:been\b|[a-z]+(?:ed|en|t)\b)))\b"
                       r"(?P<rest>.*)$")
_SEGMENT_VERB = re.compile(r"\s+(?:suffered|experienced|recorded|posted|saw|registered|witnessed|logged|reported|"
                           r"showed|achieved|(?:is|are|was|were)(?:\s+recorded|\s+registered)?)$")
_AUXILIARY = re.compile(r"\s+(?:has|have|had)$")  # wind and solar have generated: of wind and solar
# Adjectives the verb's "subject" may be, an adjective of the name that follows (the average achieved room rate).
_ADJECTIVE = {"average", "total", "median", "mean", "overall", "net", "gross"}
# Words that only grade or rank what was recorded (significant growth; the lowest literacy rate): no part of its name.
_GRADE = re.compile(r"^(?:(?:an?|the|its|their|significant|strong|solid|robust|modest|slight|sharp|healthy|record|"
                    r"highest|lowest|largest|smallest|biggest)\s+)+")
# A simple past or a participle alone: a verb, no name (grew; three closed; were given a dividend).
_BARE = re.compile(r"(?!\w*(?:eed|hundred)$)[a-z]{2,}ed|grew|rose|fell|given|taken|shown|seen|sank|shrank|came|went|"
                   # Grossing another $41.1 million; contributing 180,880; (provisional): a verb or an aside
                   r"grossing|contributing|trading|climbing|falling|rising|dropping|jumping|soaring|gaining|losing|"
                   r"sinking|slipping|surging|tumbling|rallying|dethrone|provisional|ahead",
                   re.IGNORECASE)


# A verb of telling that opens the words before a figure: (That) means, (This) suggests, shows that.
_TELLING = re.compile(r"(?:means|meant|suggests|suggested|shows|showed|indicates|indicated|implies|implied)\s+"
                      r"(?:that\s+)?")


# The movement's noun before the quantity that moved: a 9% decrease over sales of $3.032 billion; an increase in
# revenue of 5%.
_MOVED_OVER = re.compile(r"(?:an?\s+)?(?:increase|decrease|rise|drop|decline|gain|jump|fall)s?\s+"
                         r"(?:over|from|on|in)\s+",
                         re.IGNORECASE)


def unverbed(measure: Measure, poll: bool = False) -> Measure:
    """``measure`` with its metric cut at its finite verb (see _FINITE, _RECORDED, _PASSIVE): the words before it,
    or, after a verb of being whose words before name no quantity, the quantity it is (the result was a trade
    deficit); before a verb of recording whose object names a quantity, that object, of the words before as its owner
    (a name) or part; a metric that is only a verb (see _BARE), or that ends with a pronoun once cut, is dropped. A
    poll's answer (``poll``: a share in a report of a poll, naming no quantity) is left whole."""
    metric = measure.metric
    if measure.segment and (verbed := _SEGMENT_VERB.search(measure.segment)) is not None and verbed.start() > 0:
        # the rate for 3-star hotels suffered (a decline): the hotels, not their verb
        measure = Measure(metric, measure.subject, measure.segment[:verbed.start()], measure.whole)
    if metric and _FOOTNOTE.search(metric):  # System sales1, operating margins2: a footnote's mark, no part of it
        metric = _FOOTNOTE.sub("", metric)
        measure = _named(measure, metric)
    if not metric or is_answer(metric) or (poll and not quantity_word(metric)):
        return measure
    if (told := _TELLING.match(metric)) is not None and metric[told.end():].strip():
        metric = metric[told.end():]  # (That) means e-commerce (accounted for): what the data tell of
        measure = _named(measure, metric)
    if (moved := _MOVED_OVER.match(metric)) is not None and metric[moved.end():].strip():
        metric = metric[moved.end():]  # (a 9% decrease over) sales: what moved
        measure = _named(measure, metric)
    if " " not in metric:
        return _named(measure, None) if _BARE.fullmatch(metric) else measure
    if (logged := _LOGGED.search(metric)) is not None and logged.start() > 0:
        return _named(measure, metric[:logged.start()])  # the trade deficit was recorded (at $37.7 billion)
    metric = _PASSIVE.sub(" ", metric)
    located = _RECORDED_IN.fullmatch(metric)
    if located is not None:  # the highest annual rates were recorded in Romania: rates, of Romania
        return Measure(_GRADE.sub("", located.group("name")), measure.subject,
                       measure.segment or located.group("place"), measure.whole)
    if _PASSIVE_ON.search(metric):
        return measure
    if (undone := _DID.sub("", metric)) != metric:
        return _named(measure, undone)  # Revenue did (rise 6.7%): revenue
    recorded = _RECORDED.search(metric)
    finite = _FINITE.search(metric)
    if recorded is not None and (finite is None or recorded.start() < finite.start()) and recorded.start() > 0 \
            and metric[:recorded.start()].split()[-1].lower() not in _ADJECTIVE:
        before = _AUXILIARY.sub("", metric[:recorded.start()].strip())
        rest = _GRADE.sub("", recorded.group("rest").strip())
        named = rest if rest and quantity_word(rest) and not _FINITE.search(f" {rest}") else None
        if pronoun(before) or anaphor(before):  # it posted; the carrier recorded: the owner is named elsewhere
            return _named(measure, named)
        if named is None and quantity_word(before) and not is_name(before, True):
            return _named(measure, before)  # the occupancy rate experienced an increase (of 4.0 points): the rate's
        if is_name(before, True):  # Gatwick handled: whose, not what
            return Measure(named, measure.subject or before, measure.segment, measure.whole)
        return Measure(named, measure.subject, measure.segment or before, measure.whole)  # services recorded a rise
    if finite is None or finite.start() == 0:
        return measure
    before, rest = metric[:finite.start()].strip(), _GRADE.sub("", metric[finite.end():].strip())
    if _BEING.match(metric, finite.start()) and _ARTICLE.match(metric, finite.end()) and not quantity_word(before) \
            and quantity_word(rest) \
            and not _FINITE.search(f" {rest}") and len(rest.split()) < 5:
        return _named(measure, rest)  # the result was a trade deficit (of $40.3 billion)
    if before.split()[-1].lower() in _PRONOUNS:
        return _named(measure, None)  # we can expect; H-P's estimates it will post
    return _named(measure, before)


_FOOTNOTE = re.compile(r"(?<=[a-z]{3})\d\b")
_PRONOUNS = {"it", "they", "we", "you", "i", "he", "she", "this", "that", "there"}


def _named(measure: Measure, metric: str | None) -> Measure:
    return Measure(metric, measure.subject, measure.segment, measure.whole)
