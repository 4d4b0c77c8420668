// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_stories.h"

#include "bench_common.h"

#include "ingest/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace Dateline::Bench
{

namespace
{

// Texts Dateline's decoder refuses (a few corpus files carry C1 control characters) are left out
// and counted: the import benchmark measures stories that import.
QStringList readTexts(const QString &folder, const QString &filter, int *refused)
{
    QStringList texts;
    const QDir dir(folder);
    const QStringList names = dir.entryList({ filter }, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const auto decoded = TextDecoder::decode(file.readAll());
        if (!decoded || decoded.value().text.trimmed().isEmpty()) {
            ++*refused;
            continue;
        }
        texts.append(decoded.value().text.trimmed());
    }
    return texts;
}

// Words by rough frequency, most common first: Indonesian and English function words, then the
// vocabulary of political news, then names. A Zipf draw over this list makes "yang" and "the"
// common, and the names and phrases the search benchmark looks for rare, as in real news.
const QStringList &vocabulary()
{
    static const QStringList words = [] {
        const QString all = u"yang dan the di of to itu dengan in untuk and pada a dari ini is dalam that akan "
                            "tidak for kata said juga on ke was oleh has telah he bahwa it as sebagai be by "
                            "adalah with at saat have are para ada tersebut they not lebih his but we mereka "
                            "kami pemerintah presiden government menteri president minister negara country "
                            "ekonomi economy keamanan security masyarakat people rakyat public kebijakan policy "
                            "partai party pemilu election perang war militer military polisi police hukum law "
                            "sidang court harga price inflasi inflation anggaran budget pasar market bantuan aid "
                            "perdamaian peace perbatasan border pengungsi refugees diplomat sanksi sanctions "
                            "laporan report wartawan reporter juru bicara spokesman kantor berita agency "
                            "kementerian ministry parlemen parliament DPR Senate kabinet cabinet pejabat official "
                            "Jakarta Washington Moskow Moscow Kabul Beijing Ankara Tehran Brussels London "
                            "Afghanistan Rusia Russia Indonesia Amerika China Turki Iran Ukraina Ukraine "
                            "Prabowo Trump Clinton Jokowi Biden Erdogan Xi Putin Lavrov Taliban Reuters ANTARA "
                            "Kabulov ISKP Zelensky Netanyahu Sri Mulyani Tito Karnavian"_s;
        QStringList list = all.split(u' ', Qt::SkipEmptyParts);
        // Phrases the search benchmark asks for, kept together as one draw.
        list.insert(std::min<qsizetype>(120, list.size()), u"Gedung Putih"_s);
        list.insert(std::min<qsizetype>(150, list.size()), u"White House"_s);
        list.insert(std::min<qsizetype>(190, list.size()), u"Islamic State"_s);
        return list;
    }();
    return words;
}

QString generatedText(std::mt19937 &random, int targetBytes)
{
    static const QStringList places = { u"JAKARTA"_s, u"KABUL"_s, u"MOSCOW"_s, u"WASHINGTON"_s, u"ANKARA"_s,
        u"SURABAYA"_s, u"BRUSSELS"_s, u"TEHRAN"_s };
    static const QStringList outlets = { u"Arrahmah.id"_s, u"ANTARA"_s, u"Reuters"_s, u"AP"_s, u"KOMPAS.com"_s,
        u"AFP"_s };
    static const QStringList days = { u"Senin"_s, u"Selasa"_s, u"Rabu"_s, u"Kamis"_s, u"Jumat"_s };
    const QStringList &words = vocabulary();
    std::vector<double> weights;
    weights.reserve(size_t(words.size()));
    for (qsizetype rank = 0; rank < words.size(); ++rank) {
        weights.push_back(1.0 / std::pow(double(rank + 1), 0.9));
    }
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<int> sentenceLength(8, 22);
    const auto sentence = [&](int length) {
        QString s;
        for (int w = 0; w < length; ++w) {
            if (w > 0) {
                s += u' ';
            }
            s += words.at(pick(random));
        }
        s[0] = s.at(0).toUpper();
        return s;
    };

    QString text = sentence(7) + u'\n';
    text += places.at(int(random() % places.size())) + u" ("_s + outlets.at(int(random() % outlets.size())) + u") — "_s;
    text += sentence(12) + u", pada "_s + days.at(int(random() % days.size())) +
        u" (%1/%2/2025). "_s.arg(random() % 28 + 1).arg(random() % 12 + 1);
    while (text.size() < targetBytes) {
        text += sentence(sentenceLength(random)) + (random() % 5 == 0 ? u".\n"_s : u". "_s);
    }
    return text.trimmed();
}

} // namespace

StorySource StorySource::load()
{
    StorySource source;
    source.m_targetBytes = int(envSize("DATELINE_BENCH_STORY_BYTES", 4096));
    QString corpus = qEnvironmentVariable("DATELINE_BENCH_CORPUS", QStringLiteral(DATELINE_SHARED_CORPUS));
    QStringList texts;
    QStringList parts;
    int refused = 0;
    if (corpus != u"none"_s) {
        const QList<std::pair<QString, QString>> folders = {
            { u"seed"_s, u"*.txt"_s },
            { u"news-id/detik/articles"_s, u"*.txt"_s },
            { u"quotes-en/polnear/data/dev/text"_s, u"*.txt"_s },
        };
        for (const auto &[folder, filter] : folders) {
            const QStringList found = readTexts(QDir(corpus).filePath(folder), filter, &refused);
            if (!found.isEmpty()) {
                texts += found;
                parts += u"%1 %2"_s.arg(folder).arg(found.size());
            }
        }
    }
    if (!texts.isEmpty()) {
        source.m_fromCorpus = true;
        source.shapeBases(texts);
        source.m_description = u"shared corpus %1 (%2; %3 refused by TextDecoder left out), %4 texts brought to "
                               "about %5 bytes each"_s.arg(QFileInfo(corpus).canonicalFilePath(), parts.join(u", "_s))
                                   .arg(refused)
                                   .arg(texts.size())
                                   .arg(source.m_targetBytes);
        return source;
    }
    std::mt19937 random(20250502);
    for (int i = 0; i < 400; ++i) {
        texts.append(generatedText(random, source.m_targetBytes));
    }
    source.m_bases = texts;
    source.m_description = u"generated (no shared corpus at %1): %2 texts of Indonesian and English words, "
                           "about %3 bytes each"_s.arg(corpus)
                               .arg(texts.size())
                               .arg(source.m_targetBytes);
    return source;
}

void StorySource::shapeBases(const QStringList &texts)
{
    // Short stories get the paragraphs of the following ones, long ones are cut at a paragraph,
    // so that every story is about targetBytes: sizes and rates then compare across corpora.
    const qsizetype target = m_targetBytes;
    for (qsizetype j = 0; j < texts.size(); ++j) {
        QString text = texts.at(j);
        for (qsizetype k = 1; text.toUtf8().size() < target * 9 / 10 && k < texts.size(); ++k) {
            text += u"\n\n"_s + texts.at((j + k) % texts.size());
        }
        while (text.toUtf8().size() > target * 11 / 10) {
            const qsizetype limit = std::min(text.size() - 1, target * 11 / 10);
            qsizetype cut = text.lastIndexOf(u'\n', limit);
            if (cut < target / 2) {
                cut = text.lastIndexOf(u". "_s, limit);
                cut = cut < target / 2 ? target : cut + 1;
            }
            if (cut >= text.size()) {
                cut = text.size() * 9 / 10;
            }
            text.truncate(cut);
        }
        m_bases.append(text.trimmed());
    }
}

QString StorySource::story(qint64 index) const
{
    return base(index) + u"\n\n"_s + counterLine(index);
}

const QString &StorySource::base(qint64 index) const
{
    return m_bases.at(qsizetype(index % m_bases.size()));
}

QString StorySource::counterLine(qint64 index)
{
    return u"Ref. DLB-%1"_s.arg(index, 8, 10, QLatin1Char('0'));
}

} // namespace Dateline::Bench
