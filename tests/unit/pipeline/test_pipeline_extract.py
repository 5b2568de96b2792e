"""Extraction behaviour on short articles written for these tests: events, hard negatives, evidence."""

from __future__ import annotations

from protest_tracker import codebook


def _keys(article):
    return [(e.date, e.country, e.city) for e in article.events]


def test_one_event_per_place_and_date_with_relative_date(extract):
    article = extract(
        "Вчера в Таразе около 70 предпринимателей собрались у здания акимата. Они требовали отменить новый налог. "
        "В тот же день пикет прошёл и в Кызылорде. Полиция задержала двух человек в Таразе.",
        published="2023-03-15", language="ru")
    assert set(_keys(article)) == {("2023-03-14", "KZ", "Taraz"), ("2023-03-14", "KZ", "Kyzylorda")}
    taraz = next(e for e in article.events if e.city == "Taraz")
    assert taraz.size_min == 70 and "entrepreneurs" in taraz.participant_groups


def test_protest_abroad_is_not_an_event(extract):
    article = extract("Kyrgyz migrants held a protest outside the embassy in Moscow on Sunday, demanding "
                      "faster processing of their documents.", published="2021-05-10", language="en")
    assert article.events == ()
    assert "rejected:abroad" in article.annotations.get("rejected", ()) or article.annotations["rejected"]


def test_call_for_a_protest_and_a_court_case_are_not_events(extract):
    call = extract("Opposition leaders called on supporters to rally in Almaty next Saturday.",
                   published="2022-02-01", language="en")
    court = extract("A court in Shymkent sentenced two participants of the 2019 rally to three years in prison.",
                    published="2022-02-01", language="en")
    assert call.events == () and court.events == ()


def test_old_background_protest_is_not_an_event(extract):
    article = extract("В Жанаозене сейчас спокойно. В 2011 году там прошла забастовка нефтяников.",
                      published="2021-12-16", language="ru")
    assert article.events == ()


def test_queue_is_not_a_protest(extract):
    article = extract("Long queues formed outside bakeries in Ashgabat as flour prices rose again this week.",
                      published="2021-11-10", language="en")
    assert article.events == () and article.dropped == "no_protest_language"


def test_fields_have_codebook_values_and_evidence_points_into_the_text(extract, gold_records, pipeline):
    from protest_tracker.pipeline.runner import article_from_record

    for record in gold_records:
        article = pipeline.run(article_from_record(record))
        for event in article.events:
            assert event.event_type in codebook.EVENT_TYPES
            assert set(event.state_response) <= set(codebook.STATE_RESPONSES.codes)
            assert set(event.grievance_categories) <= set(codebook.GRIEVANCES.codes)
            assert set(event.target_categories) <= set(codebook.TARGETS.codes)
            assert set(event.participant_groups) <= set(codebook.PARTICIPANT_GROUPS.codes)
            assert 0.0 < event.confidence <= 1.0
            assert event.evidence_for("event"), record["id"]
            for evidence in event.evidence:
                if evidence.start is not None:
                    assert article.text[evidence.start:evidence.end] == evidence.text, (record["id"], evidence)


def test_state_responses_with_sentence_evidence(extract):
    article = extract(
        "On March 3, about 200 residents of Taraz blocked the highway to protest gas shortages. "
        "Police dispersed the crowd with tear gas and detained 12 people; three were later fined.",
        published="2022-03-04", language="en")
    (event,) = article.events
    assert event.event_type == "road_blockade"
    assert {"dispersal", "detention", "fine", "force_violence"} <= set(event.state_response)
    assert "utilities" in event.grievance_categories
    fined = [e for e in event.evidence if e.field == "state_response:fine"]
    assert fined and "fined" in fined[0].text


def test_pro_government_rally_is_flagged(extract):
    article = extract("12 мая в Шымкенте прошёл митинг в поддержку президента, организованный акиматом.",
                      published="2022-05-13", language="ru")
    (event,) = article.events
    assert event.pro_government and "government_supporters" in event.participant_groups


def test_kazakh_kyrgyz_uzbek_reports(extract):
    kk = extract("5 наурызда Ақтөбеде тұрғындар әкімдік алдына жиналып, баспана мәселесіне наразылық білдірді.",
                 published="2023-03-06")
    ky = extract("Кечээ Каракол шаарында мугалимдер айлык акынын аздыгына нааразылык билдиришти.",
                 published="2023-03-06")
    uz = extract("Kecha Samarqand shahrida bozor sotuvchilari norozilik namoyishi o'tkazishdi.",
                 published="2023-03-06")
    assert (kk.language, ky.language, uz.language) == ("kk", "ky", "uz")
    assert _keys(kk) == [("2023-03-05", "KZ", "Aktobe")]
    assert _keys(ky) == [("2023-03-05", "KG", "Karakol")]
    assert _keys(uz) == [("2023-03-05", "UZ", "Samarkand")]


def test_questions_roundups_and_actions_not_held_are_not_events(extract):
    question = extract("Why did the protest in Almaty end so quickly?", published="2022-01-10", language="en")
    roundup = extract("Since April 24 there have been rallies in Atyrau, Aktobe and Semey against the land reform.",
                      published="2016-05-03", language="en")
    not_held = extract("A picket planned by residents of Osh for Friday was not held after police warnings.",
                       published="2021-03-01", language="en")
    assert question.events == () and roundup.events == () and not_held.events == ()
    assert "wave_summary" in roundup.annotations["rejected"]


def test_story_set_abroad_stays_abroad(extract):
    article = extract("Kazakh students protested in Istanbul on Monday. The protesters demanded lower fees "
                      "and said Kazakhstan's consulate ignored them.", published="2023-02-08", language="en")
    assert article.events == ()


def test_village_missing_from_the_gazetteer_and_capital_landmark(extract):
    village = extract("3 июня жители в селе Кызыл-Туу Иссык-Кульской области перекрыли дорогу.",
                      published="2023-06-04", language="ru")
    assert [(e.country, e.city, e.event_type) for e in village.events] == [("KG", "Kyzyl-Tuu", "road_blockade")]
    landmark = extract("Вчера у Акорды прошёл пикет многодетных матерей.", published="2022-02-02", language="ru")
    assert [(e.city, e.date) for e in landmark.events] == [("Astana", "2022-02-01")]


def test_article_without_any_place_falls_back_to_its_country(extract):
    article = extract("Бүгүн мугалимдер айлык акыны көбөйтүүнү талап кылып нааразылык акциясын өткөрүштү.",
                      published="2023-03-06", language="ky")
    (event,) = article.events
    assert (event.country, event.city) == ("KG", "Bishkek") and "place_from_language" in article.flags


def test_two_joined_days_make_two_events_and_an_opening_date_governs(extract):
    two = extract("Protests in Nukus began on July 1 and continued on July 2, leaving many injured.",
                  published="2022-07-04", language="en")
    assert sorted(e.date for e in two.events) == ["2022-07-01", "2022-07-02"]
    opening = extract("On July 1, a day after the June 30 announcement, protesters rallied in Osh.",
                      published="2022-07-04", language="en")
    assert [(e.date, e.city) for e in opening.events] == [("2022-07-01", "Osh")]


def test_a_reaction_told_after_one_report_and_before_the_next_is_that_events(extract):
    article = extract(
        "Атырау, 3 марта. Сегодня утром у здания акимата Атырау собрались около сорока нефтяников. "
        "Они требуют повысить зарплату. Люди держали плакаты и скандировали лозунги. "
        "Сначала к ним никто не выходил. Через час к нефтяникам вышел аким города и выслушал их.\n\n"
        "В тот же день в Актау прошёл пикет водителей автобусов у здания автопарка.",
        published="2024-03-03", language="ru")
    responses = {e.city: set(e.state_response) for e in article.events}
    assert "dialogue_meeting" in responses["Atyrau"]
    assert "dialogue_meeting" not in responses.get("Aktau", set())
