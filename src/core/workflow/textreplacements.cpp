#include "textreplacements.h"

#include <QSet>

namespace Easel::TextReplacements {

namespace {

QString padded(int value, qsizetype width)
{
    return QString::number(value).rightJustified(width, u'0');
}

bool unsafe(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || u == u'/' || u == u'?' || u == u'<' || u == u'>' || u == u'\\'
        || u == u':' || u == u'*' || u == u'|' || u == u'"';
}

QString replacement(const QString &match, const QString &text, const QList<Node> &nodes, const QDateTime &now)
{
    const QStringList split = text.split(u'.');
    if (split.size() != 2) {
        if (split.constFirst().startsWith(QStringLiteral("date:")))
            return formatDate(split.constFirst().mid(5), now.toLocalTime());
        return match; // "%width%" and the like are the server's
    }
    const Node *found = nullptr;
    for (const Node &node : nodes) {
        if (node.hasSearchName && node.searchName == split.at(0)) {
            found = &node;
            break;
        }
    }
    if (!found) {
        for (const Node &node : nodes) {
            if (node.title == split.at(0)) {
                found = &node;
                break;
            }
        }
    }
    if (!found)
        return match;
    for (const auto &[name, value] : found->widgets) {
        if (name != split.at(1))
            continue;
        QString out = value;
        for (QChar &c : out) {
            if (unsafe(c))
                c = u'_';
        }
        return out;
    }
    return match;
}

} // namespace

QString formatDate(const QString &format, const QDateTime &local)
{
    // text.replace(/dd?|MM?|hh?|mm?|ss?|yyy?y?/g, ...): the first alternative that matches
    // at a position wins, each as long as it can be.
    const QDate date = local.date();
    const QTime time = local.time();
    QString out;
    const qsizetype n = format.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = format.at(i);
        auto run = [&](qsizetype most) {
            qsizetype length = 1;
            while (length < most && i + length < n && format.at(i + length) == c)
                ++length;
            return length;
        };
        if (c == u'd' || c == u'M' || c == u'h' || c == u'm' || c == u's') {
            const qsizetype length = run(2);
            int value = 0;
            switch (c.unicode()) {
            case u'd': value = date.day(); break;
            case u'M': value = date.month(); break;
            case u'h': value = time.hour(); break;
            case u'm': value = time.minute(); break;
            default: value = time.second(); break;
            }
            out += padded(value, length);
            i += length;
        } else if (c == u'y' && i + 1 < n && format.at(i + 1) == u'y') {
            const qsizetype length = run(4);
            const QString year = QString::number(date.year());
            if (length == 2)
                out += year.mid(2);
            else if (length == 4)
                out += year;
            else
                out += format.mid(i, length); // "yyy" matches and is given back as is
            i += length;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString apply(const QString &value, const QList<Node> &nodes, const QDateTime &now)
{
    // value.replace(/%([^%]+)%/g, ...)
    if (!hasPattern(value))
        return value;
    QString out;
    out.reserve(value.size());
    const qsizetype n = value.size();
    qsizetype i = 0;
    while (i < n) {
        if (value.at(i) == u'%') {
            const qsizetype close = value.indexOf(u'%', i + 1);
            if (close > i + 1) {
                out += replacement(value.mid(i, close - i + 1), value.mid(i + 1, close - i - 1), nodes, now);
                i = close + 1;
                continue;
            }
            if (close < 0) {
                out += QStringView(value).mid(i);
                break;
            }
        }
        out += value.at(i++);
    }
    return out;
}

bool isSaveNodeType(const QString &classType)
{
    static const QSet<QString> types{
        QStringLiteral("SaveImage"),     QStringLiteral("SaveImageAdvanced"), QStringLiteral("SaveSVGNode"),
        QStringLiteral("SaveVideo"),     QStringLiteral("SaveAnimatedWEBP"),  QStringLiteral("SaveWEBM"),
        QStringLiteral("SaveAudio"),     QStringLiteral("SaveAudioMP3"),      QStringLiteral("SaveAudioOpus"),
        QStringLiteral("SaveAudioAdvanced"), QStringLiteral("SaveGLB"),       QStringLiteral("SaveAnimatedPNG"),
        QStringLiteral("CLIPSave"),      QStringLiteral("VAESave"),           QStringLiteral("ModelSave"),
        QStringLiteral("LoraSave"),      QStringLiteral("SaveLatent"),
    };
    return types.contains(classType);
}

} // namespace Easel::TextReplacements
