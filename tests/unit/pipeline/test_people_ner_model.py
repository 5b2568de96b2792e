"""The lean natasha loader (``pipeline/people/ner_model.py``) against natasha's stock loaders:
the same vocabulary ids, the same quantised vectors, the same NER spans."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from typing import Any

import numpy as np
import pytest

from protest_tracker.pipeline.people.ner_model import CompactVocab, load_embedding, load_tagger

#: names in every case, women's and men's, with patronymics, initials, hyphens, Kazakh and
#: Kyrgyz names, organisations and places beside them, and sentences without any name
SENTENCES = [
    "Ерлан Жаксылыков вышел на площадь перед акиматом.",
    "Полиция задержала Ерлана Жаксылыкова у здания суда.",
    "Журналисты написали Ерлану Жаксылыкову письмо.",
    "Суд оштрафовал активиста, сообщил адвокат Ерланом Жаксылыковым.",
    "О Ерлане Жаксылыкове рассказали его соседи.",
    "Айгуль Нурланова организовала пикет в Алматы.",
    "Родственники Айгуль Нурлановой требуют её освобождения.",
    "Сторонники пришли поддержать Айгуль Нурланову.",
    "Аким города встретился с Айгуль Нурлановой в среду.",
    "Касым-Жомарт Токаев подписал указ о митингах.",
    "Протестующие обращались к Касым-Жомарту Токаеву.",
    "Митингующие критиковали Нурсултана Назарбаева и его семью.",
    "Депутат Бауыржан Темирханов выступил перед рабочими Жанаозена.",
    "Рабочие потребовали отставки Бауыржана Темирханова.",
    "Нефтяники Каламкаса объявили забастовку, заявил профсоюзный лидер Амин Елеусинов.",
    "Адвокат Гульнара Бажкенова подала жалобу в прокуратуру.",
    "Правозащитница Евгения Михайловна Сидорова наблюдала за шествием.",
    "В Бишкеке задержали Садыра Жапарова-младшего, утверждает его брат.",
    "Жители Оша собрались у мэрии и ждали Алмазбека Атамбаева.",
    "Камчыбек Ташиев пообещал разобраться с жалобами.",
    "Сотрудники полиции доставили Тимура Касымова в отдел.",
    "Ж. Мамай и А. Сарсенбаев призвали сторонников выйти на улицы.",
    "Лидер движения Жанболат Мамай был задержан в Алматы.",
    "Мамаю предъявили обвинение в организации массовых беспорядков.",
    "В Ташкенте Шавкат Мирзиёев посетил рынок, где торговцы жаловались на поборы.",
    "Фарход Рахимов и Дилноза Юсупова собрали подписи против сноса домов.",
    "Эмомали Рахмон не прокомментировал акцию в Хороге.",
    "Около двухсот человек собрались на площади, полиция никого не задержала.",
    "Митинг продолжался три часа и закончился мирно.",
    "Министерство энергетики Казахстана сообщило о снижении цен на газ.",
    "Организация «Кахарман» выступила с заявлением, его зачитала Ольга Иванова.",
    "Пресс-секретарь МВД Салтанат Азирбек не ответила на вопросы журналистов.",
    "Иван Петрович Смирнов, Петр Иванов и Мария Кузнецова подписали обращение.",
    "Кто такой Нурлан Кусаинов, никто из собравшихся не знал.",
    "Сегодня у здания парламента стояли ЖАНАР СЕЙТКАЛИЕВА и её сторонники.",
    "Рахат Алиев-Шораз и Дариге Назарбаева в акции не участвовали.",
]


@pytest.fixture(scope="module")
def stock_embedding() -> Any:
    from natasha import NewsEmbedding

    return NewsEmbedding()


def test_vocabulary_ids_equal_slovnets_for_every_word() -> None:
    from natasha.data import NEWS_NER
    from slovnet.const import WORD
    from slovnet.exec.pack import Pack

    with Pack(NEWS_NER) as pack:
        stock = pack.load_vocab(WORD)
        lean = CompactVocab.from_gzip(pack.read("vocabs/word.gz"))
    assert len(lean) == len(stock.items) > 200_000
    assert (lean.unk_id, lean.pad_id) == (stock.unk_id, stock.pad_id) and None not in (lean.unk_id, lean.pad_id)
    assert [lean.encode(word) for word in stock.items] == list(range(len(stock.items)))
    for unknown in ("жаксылыкова-нурланова", "", "zzzqqq", "Ерлан"):  # unknown words (the vocab is lower case)
        assert lean.encode(unknown) == stock.encode(unknown) == stock.unk_id
    assert lean.decode(lean.encode("митинг")) == "митинг"


def test_repeated_and_unterminated_lines() -> None:
    vocab = CompactVocab(b"a\nb\na\n<unk>\n<pad>")
    assert (vocab.encode("a"), vocab.encode("b"), vocab.encode("c")) == (2, 1, 3)  # the last line wins
    assert (vocab.unk_id, vocab.pad_id, len(vocab)) == (3, 4, 5)
    assert CompactVocab(b"x\ny\n").encode("y") == 1 and CompactVocab(b"x\n").unk_id is None


def test_a_pickled_vocabulary_works_in_another_process() -> None:
    vocab = CompactVocab(b"\n".join(f"w{i}".encode() for i in range(500)) + b"\n<unk>\n<pad>")
    check = ("import pickle, sys; v = pickle.loads(sys.stdin.buffer.read()); "
             "print(v.encode('w7'), v.encode('w499'), v.encode('x'), v.pad_id)")
    for seed in ("1", "2"):  # string hashes differ from this process's
        done = subprocess.run([sys.executable, "-c", check], input=pickle.dumps(vocab), capture_output=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, check=True, timeout=60)
        assert done.stdout.decode().split() == ["7", "499", "500", "501"]


def test_quantised_vectors_equal_navecs(stock_embedding: Any) -> None:
    from natasha.data import NEWS_EMBEDDING

    lean = load_embedding(NEWS_EMBEDDING)
    assert lean.meta.id == stock_embedding.meta.id
    assert lean.pq.indexes.dtype == stock_embedding.pq.indexes.dtype
    assert np.array_equal(lean.pq.indexes, stock_embedding.pq.indexes)
    assert lean.pq.codes.dtype == stock_embedding.pq.codes.dtype
    assert np.array_equal(lean.pq.codes, stock_embedding.pq.codes)


def test_ner_spans_equal_natashas(stock_embedding: Any) -> None:
    from natasha import NewsNERTagger

    stock, lean = NewsNERTagger(stock_embedding), load_tagger()

    def spans(tagger: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [[(s.start, s.stop, s.type) for s in markup.spans] for markup in tagger.map(texts)]

    batched = spans(lean, SENTENCES)
    assert batched == spans(stock, SENTENCES)
    assert [spans(lean, [text])[0] for text in SENTENCES[:8]] == [spans(stock, [text])[0] for text in SENTENCES[:8]]
    persons = [text[a:b] for text, found in zip(SENTENCES, batched, strict=True) for a, b, kind in found
               if kind == "PER"]
    assert len(persons) >= 30 and "Ерлана Жаксылыкова" in persons and "Айгуль Нурлановой" in persons
