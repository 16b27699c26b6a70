#include "jsonbreak.h"

#include "textposition.h"

#include <QCoreApplication>

#include <vector>

namespace Easel {

namespace {

// lupdate files tr() calls by the class they are made from; a free helper would file these
// strings under the namespace, where the translation is never looked up.
struct JsonBreakText
{
    Q_DECLARE_TR_FUNCTIONS(Easel::JsonBreak)
};

JsonBreak at(const QByteArray &text, qint64 offset, const QString &what)
{
    return {offset, describeTextPosition(text, offset) + QLatin1String(": ") + what};
}

} // namespace

std::optional<JsonBreak> locateJsonBreak(const QByteArray &text)
{
    std::vector<qint64> open; // offsets of the unclosed { and [
    const qint64 n = text.size();
    for (qint64 i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (c == '"') {
            const qint64 start = i;
            for (++i; i < n && text.at(i) != '"'; ++i) {
                if (text.at(i) == '\\')
                    ++i; // the escaped character cannot close the string
            }
            if (i >= n) {
                return at(text, start,
                          JsonBreakText::tr("the string that opens here is never closed: the file ends inside it (%1)")
                              .arg(describeTextPosition(text, n)));
            }
        } else if (c == '{' || c == '[') {
            open.push_back(i);
        } else if (c == '}' || c == ']') {
            if (open.empty())
                return at(text, i, JsonBreakText::tr("\"%1\" closes nothing").arg(QLatin1Char(c)));
            const char opener = text.at(open.back());
            if ((c == '}') != (opener == '{')) {
                return at(text, i, JsonBreakText::tr("\"%1\" does not close the \"%2\" opened at %3")
                                       .arg(QString(QLatin1Char(c)), QString(QLatin1Char(opener)),
                                            describeTextPosition(text, open.back())));
            }
            open.pop_back();
        }
    }
    if (!open.empty()) {
        return at(text, n, JsonBreakText::tr("the file ends before the \"%1\" opened at %2 is closed")
                               .arg(QString(QLatin1Char(text.at(open.back()))), describeTextPosition(text, open.back())));
    }
    return std::nullopt;
}

} // namespace Easel
