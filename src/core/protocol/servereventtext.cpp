// ServerEvents::parse(QStringView): the WebSocket's text messages read where they arrive, as
// UTF-16 (QWebSocket hands text as a QString), without a UTF-8 copy or a QJsonDocument.
//
// Every message of a job goes through here (about twenty a job, most of them progress and
// progress_state), so the socket's thread spends per message one pass over the characters
// and the few allocations of the fields kept. Only the types a running prompt repeats are
// read this way; the others (executed and its output lists, errors, feature flags, logs,
// unknown types) and anything this reader does not take for certain (an exponent, a deep
// nesting, an escaped surrogate, a raw control character, not JSON at all) go through
// parse(QByteArray), which also words the errors. What this reader accepts is strict JSON,
// a subset of what QJsonDocument accepts, and it gives the same fields as parse(QByteArray)
// would: the last of duplicate keys wins, progress_state's nodes come in key order, numbers
// convert as QJsonValue converts them (fuzz/fuzz_serverevent checks both agree).
#include "serverevent.h"

#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <optional>

using namespace Qt::StringLiterals;

namespace Easel::ServerEvents {

namespace {

// A scalar as read, or the kind of a container that was skipped.
struct Scalar
{
    enum class Kind { String, Number, Bool, Null, Object, Array };
    Kind kind = Kind::Null;
    QString string;
    QJsonValue number; // Integer or Double, as QJsonDocument would store it

    QString toString() const { return kind == Kind::String ? string : QString(); }
    // Node ids are strings on the wire, but tolerate numbers from custom senders.
    QString idString() const
    {
        if (kind == Kind::String)
            return string;
        if (kind == Kind::Number)
            return QString::number(number.toDouble());
        return {};
    }
    double toDouble() const { return kind == Kind::Number ? number.toDouble() : 0.0; }
    qint64 toInteger() const { return kind == Kind::Number ? number.toInteger() : 0; }
    int toInt(int fallback) const { return kind == Kind::Number ? number.toInt(fallback) : fallback; }
};

class TextReader
{
public:
    explicit TextReader(QStringView text) : m_begin(text.utf16()), m_p(m_begin), m_end(m_begin + text.size()) {}

    qsizetype position() const { return m_p - m_begin; }
    void seek(qsizetype position) { m_p = m_begin + position; }
    bool atEnd()
    {
        space();
        return m_p == m_end;
    }
    bool peek(char16_t c)
    {
        space();
        return m_p < m_end && *m_p == c;
    }

    // Calls onMember(key) for each member of the object here; onMember reads the value.
    template<typename F>
    bool object(F &&onMember)
    {
        if (!enter(u'{'))
            return false;
        if (take(u'}'))
            return leave();
        do {
            QString buffer;
            QStringView key;
            if (!peek(u'"') || !string(&key, &buffer) || !take(u':') || !onMember(key))
                return false;
        } while (take(u','));
        return take(u'}') && leave();
    }

    template<typename F>
    bool array(F &&onElement)
    {
        if (!enter(u'['))
            return false;
        if (take(u']'))
            return leave();
        do {
            if (!onElement())
                return false;
        } while (take(u','));
        return take(u']') && leave();
    }

    // Any value: a scalar is kept, a container is checked and skipped.
    bool value(Scalar *out)
    {
        space();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case u'{':
            out->kind = Scalar::Kind::Object;
            return object([this](QStringView) { return skip(); });
        case u'[':
            out->kind = Scalar::Kind::Array;
            return array([this] { return skip(); });
        case u'"': {
            out->kind = Scalar::Kind::String;
            QStringView view;
            if (!string(&view, &out->string))
                return false;
            if (!m_escaped)
                out->string = view.toString();
            return true;
        }
        case u't':
            out->kind = Scalar::Kind::Bool;
            return literal(u"true");
        case u'f':
            out->kind = Scalar::Kind::Bool;
            return literal(u"false");
        case u'n':
            out->kind = Scalar::Kind::Null;
            return literal(u"null");
        default:
            out->kind = Scalar::Kind::Number;
            return number(&out->number);
        }
    }

    bool skip()
    {
        Scalar ignored;
        return value(&ignored);
    }

private:
    static constexpr int maxDepth = 32; // deeper: left to QJsonDocument

    void space()
    {
        while (m_p < m_end && (*m_p == u' ' || *m_p == u'\n' || *m_p == u'\r' || *m_p == u'\t'))
            ++m_p;
    }
    bool take(char16_t c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    bool enter(char16_t open)
    {
        if (++m_depth > maxDepth)
            return false;
        return take(open);
    }
    bool leave()
    {
        --m_depth;
        return true;
    }
    bool literal(QStringView word)
    {
        if (m_end - m_p < word.size() || QStringView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // A string; *view is its text: in the message when it has no escape, else in *buffer
    // (m_escaped).
    bool string(QStringView *view, QString *buffer)
    {
        m_escaped = false;
        ++m_p; // the opening quote
        const char16_t *start = m_p;
        while (m_p < m_end && *m_p != u'"' && *m_p != u'\\') {
            if (!plain(*m_p))
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        if (*m_p == u'"') {
            *view = QStringView(start, m_p - start);
            ++m_p;
            return true;
        }
        m_escaped = true;
        *buffer = QStringView(start, m_p - start).toString();
        while (m_p < m_end && *m_p != u'"') {
            if (*m_p != u'\\') {
                if (!plain(*m_p))
                    return false;
                buffer->append(QChar(*m_p++));
                continue;
            }
            if (++m_p == m_end)
                return false;
            switch (*m_p++) {
            case u'"': buffer->append(u'"'); break;
            case u'\\': buffer->append(u'\\'); break;
            case u'/': buffer->append(u'/'); break;
            case u'b': buffer->append(u'\b'); break;
            case u'f': buffer->append(u'\f'); break;
            case u'n': buffer->append(u'\n'); break;
            case u'r': buffer->append(u'\r'); break;
            case u't': buffer->append(u'\t'); break;
            case u'u': {
                if (m_end - m_p < 4)
                    return false;
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const char16_t c = *m_p++;
                    const int digit = c >= u'0' && c <= u'9'   ? c - u'0'
                                      : c >= u'a' && c <= u'f' ? c - u'a' + 10
                                      : c >= u'A' && c <= u'F' ? c - u'A' + 10
                                                               : -1;
                    if (digit < 0)
                        return false;
                    unit = char16_t(unit * 16 + digit);
                }
                if (QChar::isSurrogate(unit))
                    return false; // escaped surrogates: left to QJsonDocument
                buffer->append(QChar(unit));
                break;
            }
            default:
                return false;
            }
        }
        if (m_p == m_end)
            return false;
        ++m_p;
        *view = *buffer;
        return true;
    }

    // A character allowed as it is in a string: no control character, no lone surrogate.
    bool plain(char16_t c) const
    {
        if (c < 0x20)
            return false;
        if (QChar::isHighSurrogate(c))
            return m_p + 1 < m_end && QChar::isLowSurrogate(m_p[1]);
        if (QChar::isLowSurrogate(c))
            return m_p > m_begin && QChar::isHighSurrogate(m_p[-1]);
        return true;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)? ; an exponent is left to QJsonDocument. Integers that fit
    // are kept as integers, as QJsonDocument keeps them.
    bool number(QJsonValue *out)
    {
        const char16_t *start = m_p;
        if (m_p < m_end && *m_p == u'-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == u'0')
            ++m_p;
        else
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        bool integral = true;
        if (m_p < m_end && *m_p == u'.') {
            integral = false;
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && (*m_p == u'e' || *m_p == u'E'))
            return false;
        const qsizetype length = m_p - start;
        if (length > 64)
            return false;
        char ascii[64];
        for (qsizetype i = 0; i < length; ++i)
            ascii[i] = char(start[i]);
        if (integral) {
            qint64 n = 0;
            const auto [end, error] = std::from_chars(ascii, ascii + length, n);
            if (error == std::errc() && end == ascii + length) {
                *out = QJsonValue(n);
                return true;
            }
        }
        double d = 0;
        const auto [end, error] = std::from_chars(ascii, ascii + length, d);
        if (error != std::errc() || end != ascii + length)
            return false; // out of range: left to QJsonDocument
        *out = QJsonValue(d);
        return true;
    }
    static bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

    const char16_t *m_begin;
    const char16_t *m_p;
    const char16_t *m_end;
    int m_depth = 0;
    bool m_escaped = false;
};

// The members of `data` for the types read here; each occurrence of a key sets its field
// afresh, so the last of duplicate keys wins.
bool readData(TextReader &in, ServerEvent &event)
{
    using Type = ServerEvent::Type;
    return in.object([&](QStringView key) {
        if (key == u"prompt_id") {
            Scalar v;
            if (!in.value(&v))
                return false;
            event.promptId = v.toString();
            return true;
        }
        if (key == u"timestamp") {
            Scalar v;
            if (!in.value(&v))
                return false;
            event.timestampMs = v.toInteger();
            return true;
        }
        switch (event.type) {
        case Type::Status:
            if (key == u"sid") {
                Scalar v;
                if (!in.value(&v))
                    return false;
                event.sid = v.toString();
                return true;
            }
            if (key == u"status") {
                event.queueRemaining = -1;
                if (!in.peek(u'{'))
                    return in.skip();
                return in.object([&](QStringView statusKey) {
                    if (statusKey != u"exec_info")
                        return in.skip();
                    event.queueRemaining = -1;
                    if (!in.peek(u'{'))
                        return in.skip();
                    return in.object([&](QStringView infoKey) {
                        if (infoKey != u"queue_remaining")
                            return in.skip();
                        Scalar v;
                        if (!in.value(&v))
                            return false;
                        event.queueRemaining = v.toInt(-1);
                        return true;
                    });
                });
            }
            break;
        case Type::ExecutionCached:
            if (key == u"nodes") {
                event.nodes.clear();
                if (!in.peek(u'['))
                    return in.skip();
                return in.array([&] {
                    Scalar v;
                    if (!in.value(&v))
                        return false;
                    event.nodes.append(v.idString());
                    return true;
                });
            }
            break;
        case Type::Executing:
            if (key == u"node" || key == u"display_node") {
                Scalar v;
                if (!in.value(&v))
                    return false;
                (key == u"node" ? event.node : event.displayNode) = v.idString();
                return true;
            }
            break;
        case Type::Progress:
            if (key == u"node" || key == u"value" || key == u"max") {
                Scalar v;
                if (!in.value(&v))
                    return false;
                if (key == u"node")
                    event.node = v.idString();
                else
                    (key == u"value" ? event.value : event.max) = v.toDouble();
                return true;
            }
            break;
        case Type::ProgressState:
            if (key == u"nodes") {
                event.nodeProgress.clear();
                if (!in.peek(u'{'))
                    return in.skip();
                QList<std::pair<QString, NodeProgress>> entries;
                const bool ok = in.object([&](QStringView nodeKey) {
                    NodeProgress progress;
                    bool named = false;
                    if (in.peek(u'{')) {
                        const bool read = in.object([&](QStringView field) {
                            Scalar v;
                            if (!in.value(&v))
                                return false;
                            if (field == u"node_id") {
                                named = true;
                                progress.nodeId = v.idString();
                            } else if (field == u"display_node_id") {
                                progress.displayNodeId = v.idString();
                            } else if (field == u"state") {
                                progress.state = v.toString();
                            } else if (field == u"value") {
                                progress.value = v.toDouble();
                            } else if (field == u"max") {
                                progress.max = v.toDouble();
                            }
                            return true;
                        });
                        if (!read)
                            return false;
                    } else if (!in.skip()) {
                        return false;
                    }
                    if (!named)
                        progress.nodeId = nodeKey.toString();
                    entries.append({nodeKey.toString(), std::move(progress)});
                    return true;
                });
                if (!ok)
                    return false;
                // As a QJsonObject holds them: in key order, the last of equal keys.
                std::stable_sort(entries.begin(), entries.end(),
                                 [](const auto &a, const auto &b) { return a.first < b.first; });
                event.nodeProgress.reserve(entries.size());
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    if (i + 1 < entries.size() && entries.at(i + 1).first == entries.at(i).first)
                        continue;
                    event.nodeProgress.append(std::move(entries[i].second));
                }
                return true;
            }
            break;
        default:
            break;
        }
        return in.skip();
    });
}

std::optional<ServerEvent> readFast(QStringView text)
{
    TextReader in(text);
    // First pass: the whole message is checked; where the last "type" and "data" are.
    QString typeName;
    bool typed = false;
    qsizetype dataAt = -1;
    const bool ok = in.object([&](QStringView key) {
        if (key == u"type") {
            Scalar v;
            if (!in.value(&v) || v.kind != Scalar::Kind::String)
                return false; // a "type" that is no string: parse(QByteArray) says so
            typeName = v.string;
            typed = true;
            return true;
        }
        if (key == u"data") {
            dataAt = in.position();
            return in.skip();
        }
        return in.skip();
    });
    if (!ok || !in.atEnd() || !typed)
        return std::nullopt;
    ServerEvent event;
    event.type = typeOf(typeName);
    switch (event.type) {
    case ServerEvent::Type::Status:
    case ServerEvent::Type::ExecutionStart:
    case ServerEvent::Type::ExecutionCached:
    case ServerEvent::Type::Executing:
    case ServerEvent::Type::Progress:
    case ServerEvent::Type::ProgressState:
    case ServerEvent::Type::ExecutionSuccess:
        break;
    default:
        return std::nullopt;
    }
    event.typeName = typeName;
    if (dataAt >= 0) {
        in.seek(dataAt);
        if (in.peek(u'{') && !readData(in, event))
            return std::nullopt; // checked in the first pass: cannot happen
    }
    return event;
}

} // namespace

Result<ServerEvent> parse(QStringView text)
{
    if (std::optional<ServerEvent> event = readFast(text))
        return std::move(*event);
    return parse(text.toUtf8());
}

} // namespace Easel::ServerEvents
