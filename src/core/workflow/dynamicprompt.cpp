#include "dynamicprompt.h"

#include <QStringList>

namespace Easel::DynamicPrompt {

namespace {

constexpr int maxNesting = 200;

// JavaScript's "." stops at these (the frontend's "//.*" ends the comment there).
bool isLineTerminator(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029);
}

// One level of processDynamicPrompt: its own index over its own (comment-free) text.
class Parser
{
public:
    Parser(const QString &text, const Picker &pick, int depth) : m_text(text), m_pick(pick), m_depth(depth) { }

    QString run()
    {
        QString result;
        result.reserve(m_text.size());
        while (m_i < m_text.size()) {
            const QChar c = m_text.at(m_i++);
            if (c == u'\\')
                result += escape();
            else if (c == u'{')
                result += choiceBlock();
            else
                result += c;
        }
        return unescape(result);
    }

private:
    // "\" and the next character, kept together so the parse does not see the character.
    QString escape()
    {
        if (m_i >= m_text.size())
            return QStringLiteral("\\"); // the frontend appends "undefined" here
        return QString(u'\\') + m_text.at(m_i++);
    }

    QString choiceBlock()
    {
        QStringList options;
        QString choice;
        int depth = 0;
        while (m_i < m_text.size()) {
            const QChar c = m_text.at(m_i++);
            if (c == u'\\') {
                choice += escape();
                continue;
            }
            if (c == u'{') {
                ++depth;
            } else if (c == u'}') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == u'|' && depth == 0) {
                options.append(choice);
                choice.clear();
                continue;
            }
            choice += c;
        }
        options.append(choice);
        int index = options.size() == 1 ? 0 : m_pick(int(options.size()));
        if (index < 0 || index >= options.size())
            index = 0;
        // The chosen option is a prompt of its own: comments, groups and escapes again.
        const QString chosen = stripComments(options.at(index));
        // Each level peels one "{": a bound keeps hostile text ("{{{{…" a million deep)
        // from exhausting the stack, where the frontend's recursion would throw.
        if (m_depth >= maxNesting)
            return chosen;
        return Parser(chosen, m_pick, m_depth + 1).run();
    }

    // result.replace(/\\([{}|])/g, '$1')
    static QString unescape(const QString &text)
    {
        if (!text.contains(u'\\'))
            return text;
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\\' && i + 1 < text.size()) {
                const QChar next = text.at(i + 1);
                if (next == u'{' || next == u'}' || next == u'|') {
                    out += next;
                    ++i;
                    continue;
                }
            }
            out += c;
        }
        return out;
    }

    const QString &m_text;
    const Picker &m_pick;
    int m_depth;
    qsizetype m_i = 0;
};

} // namespace

QString stripComments(const QString &input)
{
    // str.replace(/\/\*[\s\S]*?\*\/|\/\/.*/g, ''): at each position the block form is
    // tried first, then the line form.
    if (!input.contains(u'/'))
        return input;
    QString out;
    out.reserve(input.size());
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        if (input.at(i) == u'/' && i + 1 < n) {
            const QChar next = input.at(i + 1);
            if (next == u'*') {
                const qsizetype end = input.indexOf(QStringLiteral("*/"), i + 2);
                if (end >= 0) {
                    i = end + 2;
                    continue;
                }
            } else if (next == u'/') {
                i += 2;
                while (i < n && !isLineTerminator(input.at(i)))
                    ++i;
                continue;
            }
        }
        out += input.at(i++);
    }
    return out;
}

bool hasSyntax(const QString &input)
{
    return input.contains(u'{') || input.contains(u'\\') || input.contains(QStringLiteral("//"))
        || input.contains(QStringLiteral("/*"));
}

QString resolve(const QString &input, const Picker &pick)
{
    const QString text = stripComments(input);
    return Parser(text, pick, 0).run();
}

} // namespace Easel::DynamicPrompt
