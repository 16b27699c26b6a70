// Parsing /object_info into the node catalogue: the recorded 324 KB answer of a stock
// server, and a 10 MB one made of it (servers with many custom nodes send tens of MB).
#include "nodecatalogue.h"

#include <QFile>
#include <QTest>

using namespace Easel;

class bench_ObjectInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void recorded();
    void synthetic10MB();

private:
    QByteArray m_recorded;
    QByteArray m_synthetic;
};

void bench_ObjectInfo::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_recorded = file.readAll();
    // Copies of every class under new names, until the text passes 10 MB: the shape of a
    // server with many node packs. Class names are the keys of the top-level object and
    // sit at the start of each definition as "Name": {"input"...
    const QByteArray body = m_recorded.mid(1, m_recorded.size() - 2).trimmed();
    m_synthetic = QByteArray("{") + body;
    for (int copy = 1; m_synthetic.size() < 10 * 1024 * 1024; ++copy) {
        QByteArray renamed = body;
        const QByteArray suffix = QByteArray("_") + QByteArray::number(copy) + QByteArray("\": {\"input\": ");
        renamed.replace(QByteArray("\": {\"input\": "), suffix);
        m_synthetic += QByteArray(", ") + renamed;
    }
    m_synthetic += "}";
    NodeCatalogue::ParseError error;
    const NodeCatalogue catalogue = NodeCatalogue::fromJson(m_synthetic, &error);
    QVERIFY2(catalogue.size() > 10000, qPrintable(error.message));
    qInfo("synthetic object_info: %.1f MB, %d classes", m_synthetic.size() / 1048576.0,
          catalogue.size());
}

void bench_ObjectInfo::recorded()
{
    int classes = 0;
    QBENCHMARK {
        classes = NodeCatalogue::fromJson(m_recorded).size();
    }
    QCOMPARE(classes, 384);
}

void bench_ObjectInfo::synthetic10MB()
{
    int classes = 0;
    QBENCHMARK {
        classes = NodeCatalogue::fromJson(m_synthetic).size();
    }
    QVERIFY(classes > 10000);
}

QTEST_GUILESS_MAIN(bench_ObjectInfo)
#include "bench_objectinfo.moc"
