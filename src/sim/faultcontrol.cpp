#include "faultcontrol.h"

#include <QTimer>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace Easel::Sim {

namespace {

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(data.size()), length.data());
    QByteArray crc(4, Qt::Uninitialized);
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return length + type + data + crc;
}

const QHash<QString, FaultInjector::RequestAction> &requestFaultNames()
{
    using A = FaultInjector::RequestAction;
    static const QHash<QString, A> names{
        {u"http_500"_s, A::Answer500},       {u"http_502_html"_s, A::Answer502Html},
        {u"truncated"_s, A::Truncate},       {u"invalid_utf8"_s, A::InvalidUtf8},
        {u"wrong_shape"_s, A::WrongShape},   {u"garbage"_s, A::AnswerGarbage},
        {u"drop"_s, A::Drop},                {u"hang"_s, A::Hang},
        {u"http_400"_s, A::Answer400},
    };
    return names;
}

} // namespace

FaultControl::FaultControl(QObject *parent) : QObject(parent), m_closeTimer(new QTimer(this))
{
    connect(m_closeTimer, &QTimer::timeout, this, [this] {
        ++m_injected;
        emit closeWebSocketsRequested();
    });
}

FaultControl::~FaultControl() = default;

QStringList FaultControl::faultNames()
{
    QStringList names{u"close_ws_every"_s, u"close_ws"_s, u"silent"_s, u"restart"_s, u"slow"_s,
                      u"lying_binary"_s, u"bomb_preview"_s, u"escape_names"_s,
                      u"huge_object_info"_s, u"clear"_s};
    names += requestFaultNames().keys();
    names.sort();
    return names;
}

QString FaultControl::apply(const QJsonObject &command)
{
    const QString fault = command.value("fault"_L1).toString();
    const bool on = command.value("on"_L1).toBool(true);
    const QString path = command.value("path"_L1).toString();
    if (fault == "clear"_L1) {
        clear();
    } else if (fault == "close_ws_every"_L1) {
        const double seconds = command.value("seconds"_L1).toDouble(-1);
        if (seconds < 0)
            return u"close_ws_every needs \"seconds\" (0 = stop)"_s;
        closeWebSocketsEvery(int(seconds * 1000));
    } else if (fault == "close_ws"_L1) {
        ++m_injected;
        emit closeWebSocketsRequested();
    } else if (fault == "silent"_L1) {
        setSilent(on);
    } else if (fault == "restart"_L1) {
        ++m_injected;
        emit restartRequested();
    } else if (fault == "slow"_L1) {
        setSlow(path, on ? command.value("ms"_L1).toInt(1000) : 0);
    } else if (fault == "lying_binary"_L1) {
        setLyingBinaryFrames(on);
    } else if (fault == "bomb_preview"_L1) {
        setBombPreviews(on);
    } else if (fault == "escape_names"_L1) {
        setEscapingFileNames(on);
    } else if (fault == "huge_object_info"_L1) {
        setObjectInfoClasses(on ? command.value("classes"_L1).toInt(50000) : 0);
    } else if (requestFaultNames().contains(fault)) {
        failRequests(requestFaultNames().value(fault), path, command.value("count"_L1).toInt(-1));
    } else {
        return u"unknown fault \"%1\"; known: %2"_s.arg(fault, faultNames().join(u", "_s));
    }
    return {};
}

QString FaultControl::applySpec(const QString &spec)
{
    const qsizetype colon = spec.indexOf(u':');
    QJsonObject command{{u"fault"_s, spec.left(colon < 0 ? spec.size() : colon)}};
    if (colon >= 0) {
        const QStringList pairs = spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return u"expected KEY=VALUE in \"%1\""_s.arg(pair);
            const QString key = pair.left(eq);
            const QString value = pair.mid(eq + 1);
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            if (isNumber)
                command.insert(key, number);
            else if (value == "true"_L1 || value == "false"_L1)
                command.insert(key, value == "true"_L1);
            else
                command.insert(key, value);
        }
    }
    return apply(command);
}

void FaultControl::clear()
{
    m_closeTimer->stop();
    m_requestFaults.clear();
    m_slowPrefix.clear();
    m_slowMs = 0;
    setSilent(false);
    m_lyingBinary = false;
    m_bombPreviews = false;
    m_escapeNames = false;
    m_objectInfoClasses = 0;
}

void FaultControl::closeWebSocketsEvery(int ms)
{
    if (ms <= 0)
        m_closeTimer->stop();
    else
        m_closeTimer->start(ms);
}

void FaultControl::setSilent(bool silent)
{
    if (m_silent == silent)
        return;
    m_silent = silent;
    emit silenceChanged(silent);
}

void FaultControl::failRequests(RequestAction action, const QString &pathPrefix, int count)
{
    m_requestFaults.append({action, pathPrefix, count});
}

void FaultControl::setSlow(const QString &pathPrefix, int ms)
{
    m_slowPrefix = pathPrefix;
    m_slowMs = ms;
}

FaultInjector::RequestDecision FaultControl::onRequest(const QString &method, const QString &path)
{
    Q_UNUSED(method)
    RequestDecision decision;
    if (m_silent) {
        ++m_injected;
        decision.action = RequestAction::Hang;
        return decision;
    }
    if (m_slowMs > 0 && path.startsWith(m_slowPrefix)) {
        ++m_injected;
        decision.delayMs = m_slowMs;
    }
    if (m_objectInfoClasses > 0 && path == "/object_info"_L1) {
        ++m_injected;
        decision.action = RequestAction::Replace;
        decision.body = objectInfoWithClasses(m_objectInfoClasses);
        return decision;
    }
    for (qsizetype i = 0; i < m_requestFaults.size(); ++i) {
        RequestFault &fault = m_requestFaults[i];
        if (!path.startsWith(fault.prefix))
            continue;
        decision.action = fault.action;
        ++m_injected;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_requestFaults.removeAt(i);
        break;
    }
    return decision;
}

FaultInjector::FrameDecision FaultControl::onFrame(const QString &, bool text, const QByteArray &payload)
{
    FrameDecision decision;
    if (m_silent) {
        decision.action = FrameAction::Drop;
        return decision;
    }
    if (m_escapeNames && text && payload.contains("\"filename\": \"")) {
        ++m_injected;
        decision.action = FrameAction::Replace;
        decision.replacement = payload;
        decision.replacement.replace(QByteArrayLiteral("\"filename\": \""), QByteArray(QByteArrayLiteral("\"filename\": \"") + escapePrefix()));
        return decision;
    }
    if (text || payload.size() < 8)
        return decision;
    const quint32 type = qFromBigEndian<quint32>(payload.constData());
    if (m_lyingBinary) {
        ++m_injected;
        decision.action = FrameAction::Replace;
        decision.replacement = payload;
        // Type 4 and 3 carry a length at offset 4: claim far more than the frame has.
        // Type 1 gets a format code that does not exist.
        qToBigEndian<quint32>(type == 1 ? 0x7FFFFFFFu : quint32(payload.size()) * 16 + 0xFFFF00u,
                              decision.replacement.data() + 4);
        return decision;
    }
    if (m_bombPreviews && (type == 1 || type == 4)) {
        ++m_injected;
        qsizetype imageAt = 8;
        if (type == 4) {
            const quint32 metaLength = qFromBigEndian<quint32>(payload.constData() + 4);
            imageAt = 8 + qsizetype(metaLength);
        }
        QByteArray head = payload.left(imageAt);
        if (type == 1)
            qToBigEndian<quint32>(2, head.data() + 4); // PNG
        decision.action = FrameAction::Replace;
        decision.replacement = head + bombPng();
    }
    return decision;
}

QByteArray FaultControl::bombPng()
{
    static const QByteArray png = [] {
        QByteArray ihdr(13, '\0');
        qToBigEndian<quint32>(65535, ihdr.data());
        qToBigEndian<quint32>(65535, ihdr.data() + 4);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        // A real zlib stream of zeros (the first rows of the image), then padding to 64 KiB.
        const QByteArray zlib = qCompress(QByteArray(1 << 20, '\0'), 9).mid(4);
        QByteArray out = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr);
        const qsizetype padding = 64 * 1024 - out.size() - zlib.size() - 12 * 3 - 14;
        out += pngChunk("tEXt", "Comment" + QByteArray(1, '\0') + QByteArray(qMax<qsizetype>(0, padding), 'x'));
        out += pngChunk("IDAT", zlib);
        out += pngChunk("IEND", {});
        return out;
    }();
    return png;
}

QByteArray FaultControl::objectInfoWithClasses(int classes)
{
    QByteArray out;
    out.reserve(qsizetype(classes) * 420);
    out += '{';
    for (int i = 0; i < classes; ++i) {
        const QByteArray name = "FaultNode" + QByteArray::number(i);
        if (i > 0)
            out += ", ";
        out += '"' + name + "\": {\"input\": {\"required\": {\"value\": [\"INT\", {\"default\": 0, "
               "\"min\": 0, \"max\": 10}]}}, \"input_order\": {\"required\": [\"value\"]}, "
               "\"output\": [\"INT\"], \"output_is_list\": [false], \"output_name\": [\"INT\"], "
               "\"name\": \"" + name + "\", \"display_name\": \"Fault node " + QByteArray::number(i)
               + "\", \"description\": \"\", \"python_module\": \"nodes\", \"category\": "
                 "\"easel/fault\", \"output_node\": false}";
    }
    out += '}';
    return out;
}

} // namespace Easel::Sim
