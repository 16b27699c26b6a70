// The gallery's model over a real SQLite library file, watched by QAbstractItemModelTester:
// an index made by an older Easel is migrated with its data kept; every filter (text, tag,
// favourites, date range, workflow), every sort and paging return exactly the rows the
// test inserted that qualify, computed here from those rows independently of SQL.
#include "comfyclient.h"
#include "gallerymodel.h"
#include "galleryquery.h"
#include "libraryindex.h"
#include "outputrecord.h"
#include "outputstore.h"
#include "thumbnailprovider.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// What the test inserted, kept to compute the expected answer of every query.
struct Inserted
{
    qint64 id = 0;
    qint64 createdMs = 0;
    qint64 storedMs = 0;
    qint64 size = 0;
    QString fileName;
    QString prompt;
    QString seed;
    QString workflow;
    bool favourite = false;
    QStringList tags;
};

const QDateTime base(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);

QList<qint64> allIds(GalleryModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(GalleryModel::IdRole).toLongLong());
    return ids;
}

// The version 1 schema exactly as Easel 1 shipped it (libraryindex.cpp, migration step 1).
const QStringList version1Schema = {
    u"CREATE TABLE jobs (prompt_id TEXT PRIMARY KEY, server TEXT NOT NULL, api_json BLOB,"
    " workflow_json BLOB, changed_inputs BLOB, workflow_name TEXT, submitted_at INTEGER,"
    " fetched INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX jobs_unfetched ON jobs(server, fetched)"_s,
    u"CREATE TABLE outputs (id INTEGER PRIMARY KEY, state INTEGER NOT NULL, server TEXT NOT NULL,"
    " prompt_id TEXT NOT NULL, node_id TEXT NOT NULL, server_filename TEXT NOT NULL,"
    " subfolder TEXT NOT NULL, type TEXT NOT NULL, path TEXT NOT NULL UNIQUE,"
    " size INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, stored_at INTEGER,"
    " favourite INTEGER NOT NULL DEFAULT 0, seed TEXT, prompt_text TEXT, workflow_name TEXT,"
    " attempts INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE UNIQUE INDEX outputs_identity ON outputs"
    " (server, prompt_id, node_id, type, subfolder, server_filename)"_s,
    u"CREATE INDEX outputs_by_time ON outputs(state, created_at, id)"_s,
    u"CREATE INDEX outputs_favourites ON outputs(state, favourite, created_at, id)"_s,
    u"CREATE INDEX outputs_by_workflow ON outputs(state, workflow_name, created_at, id)"_s,
    u"CREATE INDEX outputs_by_size ON outputs(state, size, id)"_s,
    u"CREATE INDEX outputs_by_prompt ON outputs(prompt_id)"_s,
    u"CREATE TABLE tags (output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,"
    " tag TEXT NOT NULL, PRIMARY KEY(output_id, tag)) WITHOUT ROWID"_s,
    u"CREATE INDEX tags_by_tag ON tags(tag, output_id)"_s,
};

bool execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace

class tst_GalleryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesVersion1KeepingData();
    void refusesNewerSchema();
    void filters_data();
    void filters();
    void sorts_data();
    void sorts();
    void pagesInOrder();
    void liveChanges();
    void jobsNamedForTheWorkflowFilter();
    void windowStaysBoundedAsOutputsArrive();
    void rowsInUseAreKept();
    void anchoredAtEndPagesEarlierRows();
    void filterFindsRowsNotHeld();
    void workerAnswersFiltersAndPages();
    void sessionPagesOnWorkerInStoredOrder();
    void sessionQueriesWalkTheStoredIndex();
    void sharedFileShowsInEveryRow();
    void rowsFoundByIdAsWindowMoves();
    void serverListGainsNewServers();
    void tagsComeWithTheirPage();

private:
    void populate();
    // A new stored output, created minutes after every populated one, as the store says it.
    OutputRecord addNew(int n);
    QList<qint64> expected(const std::function<bool(const Inserted &)> &keep,
                           GalleryFilter::Sort sort) const;

    QTemporaryDir *m_dir = nullptr;
    LibraryIndex *m_index = nullptr;
    QList<Inserted> m_rows;
};

void tst_GalleryModel::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_index = new LibraryIndex(m_dir->path());
    QVERIFY2(m_index->open(), qPrintable(m_index->errorString()));
    QCOMPARE(m_index->version(), LibraryIndex::schemaVersion);
    // A real file on disk, not an in-memory database.
    QVERIFY(QFileInfo(m_index->databasePath()).isFile());
    m_rows.clear();
    populate();
}

void tst_GalleryModel::cleanup()
{
    delete m_index;
    m_index = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

// 40 stored outputs with varied attributes, some sharing a creation time (the sorts must
// break ties by id), plus a pending one that the gallery never shows.
void tst_GalleryModel::populate()
{
    const QStringList workflows = {u"portrait"_s, u"landscape"_s, QString()};
    const QStringList prompts = {u"a red fox"_s, u"100% cat"_s, u"100 cats"_s, u"a_b"_s,
                                 u"axb"_s, u"Blue Sky"_s};
    QVERIFY(m_index->transaction());
    for (int i = 0; i < 40; ++i) {
        Inserted row;
        // Every third output shares its time with the one before it.
        row.createdMs = base.addSecs(3600LL * (i - (i % 3 == 2 ? 1 : 0))).toMSecsSinceEpoch();
        row.size = 1000 + (i * 37) % 11 * 100; // sizes repeat too
        row.fileName = u"out_%1.png"_s.arg(i, 3, 10, QChar(u'0'));
        row.prompt = prompts.at(i % prompts.size());
        row.seed = QString::number(1000 + i);
        row.workflow = workflows.at(i % workflows.size());
        row.favourite = i % 4 == 0;
        if (i % 5 == 0)
            row.tags << u"keep"_s;
        if (i % 7 == 0)
            row.tags << u"Print"_s;

        OutputRecord record;
        record.server = u"http://127.0.0.1:8188"_s;
        record.promptId = u"job%1"_s.arg(i / 2);
        record.nodeId = u"9"_s;
        record.serverFileName = row.fileName;
        record.type = u"output"_s;
        record.path = m_dir->filePath(row.fileName);
        record.createdAt = QDateTime::fromMSecsSinceEpoch(row.createdMs, Qt::UTC);
        record.seed = row.seed;
        record.promptText = row.prompt;
        record.workflowName = row.workflow;
        row.id = m_index->addPendingOutput(record);
        QVERIFY2(row.id > 0, qPrintable(m_index->errorString()));
        QVERIFY(m_index->markStored(row.id, row.size));
        // Stored in an order of their own, not the ids' or the creation times', with ties
        // (the stored order breaks them by id).
        row.storedMs = base.addSecs(60LL * ((i * 17) % 13)).toMSecsSinceEpoch();
        QSqlQuery stored(m_index->database());
        stored.prepare(u"UPDATE outputs SET stored_at = ? WHERE id = ?"_s);
        stored.addBindValue(row.storedMs);
        stored.addBindValue(row.id);
        QVERIFY2(stored.exec(), qPrintable(stored.lastError().text()));
        if (row.favourite)
            QVERIFY(m_index->setFavourite(row.id, true));
        for (const QString &tag : std::as_const(row.tags))
            QVERIFY(m_index->addTag(row.id, tag));
        m_rows.append(row);
    }
    OutputRecord pending;
    pending.server = u"http://127.0.0.1:8188"_s;
    pending.promptId = u"jobP"_s;
    pending.nodeId = u"9"_s;
    pending.serverFileName = u"pending.png"_s;
    pending.type = u"output"_s;
    pending.path = m_dir->filePath(u"pending.png"_s);
    pending.promptText = u"a red fox"_s;
    QVERIFY(m_index->addPendingOutput(pending) > 0);
    QVERIFY(m_index->commit());
}

QList<qint64> tst_GalleryModel::expected(const std::function<bool(const Inserted &)> &keep,
                                         GalleryFilter::Sort sort) const
{
    QList<Inserted> kept;
    std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(kept), keep);
    std::sort(kept.begin(), kept.end(), [sort](const Inserted &a, const Inserted &b) {
        switch (sort) {
        case GalleryFilter::Sort::NewestFirst:
            return std::tie(a.createdMs, a.id) > std::tie(b.createdMs, b.id);
        case GalleryFilter::Sort::OldestFirst:
            return std::tie(a.createdMs, a.id) < std::tie(b.createdMs, b.id);
        case GalleryFilter::Sort::LargestFirst:
            return std::tie(a.size, a.id) > std::tie(b.size, b.id);
        case GalleryFilter::Sort::StoredOrder:
            return std::tie(a.storedMs, a.id) < std::tie(b.storedMs, b.id);
        }
        return false;
    });
    QList<qint64> ids;
    for (const Inserted &row : kept)
        ids.append(row.id);
    return ids;
}

void tst_GalleryModel::migratesVersion1KeepingData()
{
    QTemporaryDir dir;
    const QString file = LibraryIndex::defaultDatabasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        // Easel 1's library, written by hand: two tags that differ only in case were
        // separate tags then.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(execAll(db, version1Schema));
        QVERIFY(execAll(db, {
            u"INSERT INTO jobs VALUES ('p1', 'http://s', X'7B7D', NULL, NULL, 'portrait', 1000, 1)"_s,
            u"INSERT INTO outputs VALUES (7, 1, 'http://s', 'p1', '9', 'old.png', '', 'output',"
            " 'old.png', 1234, 1700000000000, 1700000001000, 1, '18446744073709551615',"
            " 'an old fox', 'portrait', 0)"_s,
            u"INSERT INTO tags VALUES (7, 'Portrait')"_s,
            u"INSERT INTO tags VALUES (7, 'portrait')"_s,
            u"INSERT INTO tags VALUES (7, 'sky')"_s,
            u"PRAGMA user_version=1"_s,
        }));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    LibraryIndex index(dir.path());
    QVERIFY2(index.open(), qPrintable(index.errorString()));
    QCOMPARE(index.version(), LibraryIndex::schemaVersion);
    const std::optional<OutputRecord> old = index.output(7);
    QVERIFY(old);
    QCOMPARE(old->promptId, u"p1"_s);
    QCOMPARE(old->path, QDir(dir.path()).filePath(u"old.png"_s));
    QCOMPARE(old->size, 1234);
    QCOMPARE(old->createdAt, QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC));
    QCOMPARE(old->seed, u"18446744073709551615"_s);
    QCOMPARE(old->promptText, u"an old fox"_s);
    QVERIFY(old->favourite);
    QVERIFY(index.job(u"p1"_s));
    QCOMPARE(index.job(u"p1"_s)->apiJson, QByteArray("{}"));
    // The two spellings became one tag; the other tag is kept.
    QCOMPARE(old->tags.size(), 2);
    QCOMPARE(old->tags.at(1), u"sky"_s);
    QVERIFY(old->tags.at(0).compare(u"PORTRAIT"_s, Qt::CaseInsensitive) == 0);
    // Tags now ignore case when added, filtered and removed.
    QVERIFY(index.addTag(7, u"SKY"_s));
    QCOMPARE(index.tags(7).size(), 2);
    GalleryModel model(&index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GalleryFilter filter;
    filter.tag = u"PORTRAIT"_s;
    model.setFilter(filter);
    QCOMPARE(allIds(model), QList<qint64>{7});
    QVERIFY(index.removeTag(7, u"Sky"_s));
    QCOMPARE(index.tags(7).size(), 1);
    // Opening again runs no step twice.
    LibraryIndex again(dir.path());
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.version(), LibraryIndex::schemaVersion);
    QCOMPARE(again.storedCount(), 1);
}

void tst_GalleryModel::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString file = LibraryIndex::defaultDatabasePath(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QVERIFY(execAll(db, {u"PRAGMA user_version=%1"_s.arg(LibraryIndex::schemaVersion + 1)}));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    LibraryIndex index(dir.path());
    QVERIFY(!index.open());
    QVERIFY(!index.errorString().isEmpty());
}

using Keep = std::function<bool(const Inserted &)>;
Q_DECLARE_METATYPE(Keep)
Q_DECLARE_METATYPE(GalleryFilter)
Q_DECLARE_METATYPE(GalleryFilter::Sort)

void tst_GalleryModel::filters_data()
{
    QTest::addColumn<GalleryFilter>("filter");
    QTest::addColumn<Keep>("keep");

    GalleryFilter f;
    QTest::newRow("everything") << f << Keep([](const Inserted &) { return true; });

    f = {};
    f.text = u"FOX"_s; // LIKE ignores ASCII case
    QTest::newRow("text in prompt") << f << Keep([](const Inserted &r) {
        return r.prompt.contains(u"fox"_s, Qt::CaseInsensitive);
    });
    f.text = u"100%"_s; // % is a character here, not a wildcard
    QTest::newRow("text with %") << f << Keep([](const Inserted &r) { return r.prompt == u"100% cat"_s; });
    f.text = u"a_b"_s; // _ likewise
    QTest::newRow("text with _") << f << Keep([](const Inserted &r) { return r.prompt == u"a_b"_s; });
    f.text = u"out_017"_s;
    QTest::newRow("text in file name") << f << Keep([](const Inserted &r) { return r.fileName == u"out_017.png"_s; });
    f.text = u"1023"_s;
    QTest::newRow("seed") << f << Keep([](const Inserted &r) { return r.seed == u"1023"_s; });

    f = {};
    f.tag = u"keep"_s;
    QTest::newRow("tag") << f << Keep([](const Inserted &r) { return r.tags.contains(u"keep"_s); });
    f.tag = u"print"_s;
    QTest::newRow("tag any case") << f << Keep([](const Inserted &r) { return r.tags.contains(u"Print"_s); });
    f.tag = u"nothing"_s;
    QTest::newRow("unknown tag") << f << Keep([](const Inserted &) { return false; });

    f = {};
    f.favouritesOnly = true;
    QTest::newRow("favourites") << f << Keep([](const Inserted &r) { return r.favourite; });

    f = {};
    f.from = base.addSecs(3600 * 10);
    f.to = base.addSecs(3600 * 20);
    const qint64 from = f.from.toMSecsSinceEpoch();
    const qint64 to = f.to.toMSecsSinceEpoch();
    QTest::newRow("date range") << f << Keep([from, to](const Inserted &r) {
        return r.createdMs >= from && r.createdMs < to;
    });
    f.to = {};
    QTest::newRow("date from") << f << Keep([from](const Inserted &r) { return r.createdMs >= from; });

    f = {};
    f.workflowName = u"portrait"_s;
    QTest::newRow("workflow") << f << Keep([](const Inserted &r) { return r.workflow == u"portrait"_s; });

    f = {};
    f.workflowName = u"portrait"_s;
    f.favouritesOnly = true;
    f.from = base.addSecs(3600 * 5);
    f.to = base.addSecs(3600 * 30);
    const qint64 from5 = f.from.toMSecsSinceEpoch();
    const qint64 to30 = f.to.toMSecsSinceEpoch();
    QTest::newRow("combined") << f << Keep([from5, to30](const Inserted &r) {
        return r.workflow == u"portrait"_s && r.favourite && r.createdMs >= from5 && r.createdMs < to30;
    });
    f.tag = u"keep"_s;
    QTest::newRow("combined with tag") << f << Keep([from5, to30](const Inserted &r) {
        return r.workflow == u"portrait"_s && r.favourite && r.createdMs >= from5
               && r.createdMs < to30 && r.tags.contains(u"keep"_s);
    });
}

void tst_GalleryModel::filters()
{
    QFETCH(GalleryFilter, filter);
    QFETCH(Keep, keep);
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(6);
    model.setFilter(filter);
    const QList<qint64> want = expected(keep, filter.sort);
    QCOMPARE(allIds(model), want);
    if (QByteArray(QTest::currentDataTag()) == "combined")
        QVERIFY(!want.isEmpty()); // the combination is not vacuous
}

void tst_GalleryModel::sorts_data()
{
    QTest::addColumn<GalleryFilter::Sort>("sort");
    QTest::newRow("newest") << GalleryFilter::Sort::NewestFirst;
    QTest::newRow("oldest") << GalleryFilter::Sort::OldestFirst;
    QTest::newRow("largest") << GalleryFilter::Sort::LargestFirst;
    QTest::newRow("stored") << GalleryFilter::Sort::StoredOrder;
}

void tst_GalleryModel::sorts()
{
    QFETCH(GalleryFilter::Sort, sort);
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Pages of 4 break inside runs of equal times and sizes: the keyset must carry the id.
    model.setPageSize(4);
    GalleryFilter filter;
    filter.sort = sort;
    model.setFilter(filter);
    QCOMPARE(allIds(model), expected([](const Inserted &) { return true; }, sort));
    // Sorting within a filter.
    filter.workflowName = u"landscape"_s;
    model.setFilter(filter);
    QCOMPARE(allIds(model), expected([](const Inserted &r) { return r.workflow == u"landscape"_s; }, sort));
}

OutputRecord tst_GalleryModel::addNew(int n)
{
    OutputRecord record;
    record.server = u"http://127.0.0.1:8188"_s;
    record.promptId = u"new%1"_s.arg(n);
    record.nodeId = u"9"_s;
    record.serverFileName = u"new_%1.png"_s.arg(n);
    record.type = u"output"_s;
    record.path = m_dir->filePath(record.serverFileName);
    record.createdAt = base.addDays(60).addSecs(60LL * n);
    record.storedAt = QDateTime::currentDateTimeUtc();
    record.seed = QString::number(900000 + n);
    record.promptText = u"new"_s;
    record.id = m_index->addPendingOutput(record);
    if (record.id <= 0 || !m_index->markStored(record.id, 2000))
        qWarning("could not add %s", qPrintable(record.serverFileName));
    record.state = OutputRecord::State::Stored;
    record.size = 2000;
    Inserted row;
    row.id = record.id;
    row.createdMs = record.createdAt.toMSecsSinceEpoch();
    // As the index has it: the store's signal carries a time of its own, taken apart.
    if (const std::optional<OutputRecord> stored = m_index->output(record.id))
        row.storedMs = stored->storedAt.toMSecsSinceEpoch();
    row.size = record.size;
    row.fileName = record.serverFileName;
    row.prompt = record.promptText;
    row.seed = record.seed;
    m_rows.append(row);
    return record;
}

QList<qint64> heldIds(const GalleryModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(GalleryModel::IdRole).toLongLong());
    return ids;
}

// A day of new outputs at the top: the model holds a window of at most maxRows rows, and
// paging from it still brings every row of the library, in order, none twice.
void tst_GalleryModel::windowStaysBoundedAsOutputsArrive()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(8);
    model.setMaxRows(16);
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({}); // all 40 held: more than the bound until outputs arrive
    QCOMPARE(model.rowCount(), 40);
    for (int n = 0; n < 200; ++n) {
        const OutputRecord record = addNew(n);
        QVERIFY(record.id > 0);
        model.addStored(record);
        QVERIFY2(model.rowCount() <= 16, qPrintable(QString::number(model.rowCount())));
        QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), record.id);
    }
    const QList<qint64> want = expected([](const Inserted &) { return true; },
                                        GalleryFilter::Sort::NewestFirst);
    QCOMPARE(want.size(), 240);
    QCOMPARE(heldIds(model), want.mid(0, model.rowCount()));
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(allIds(model), want);
}

// Rows a view shows are never dropped; once it scrolls back, the deep rows go.
void tst_GalleryModel::rowsInUseAreKept()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    model.setMaxRows(8);
    model.reload();
    while (model.rowCount() < 30)
        model.fetchMore({});
    model.setRowsInUse(20, 27);
    for (int n = 0; n < 10; ++n)
        model.addStored(addNew(n));
    // The rows on screen (by number: a view keeps its scroll offset) and a page after them
    // stay; the 40 held are cut to 32, not to the bound of 8.
    QCOMPARE(model.rowCount(), 28 + 4);
    const qint64 deep = model.index(31).data(GalleryModel::IdRole).toLongLong();
    model.setRowsInUse(0, 3);
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(!model.indexOfId(deep).isValid());
    const QList<qint64> want = expected([](const Inserted &) { return true; },
                                        GalleryFilter::Sort::NewestFirst);
    QCOMPARE(allIds(model), want);
}

// The filmstrip: oldest first, opened on the newest page; new outputs join at the end and
// push the oldest out; fetchEarlier brings them back in order.
void tst_GalleryModel::anchoredAtEndPagesEarlierRows()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(8);
    model.setMaxRows(16);
    model.setAnchoredAtEnd(true);
    GalleryFilter filter;
    filter.sort = GalleryFilter::Sort::OldestFirst;
    model.setFilter(filter);
    const QList<qint64> first = expected([](const Inserted &) { return true; },
                                         GalleryFilter::Sort::OldestFirst);
    QCOMPARE(heldIds(model), first.mid(first.size() - 8));
    QVERIFY(model.canFetchEarlier());
    QVERIFY(!model.canFetchMore({}));
    for (int n = 0; n < 50; ++n) {
        const OutputRecord record = addNew(n);
        model.addStored(record);
        QVERIFY(model.rowCount() <= 16);
        QCOMPARE(model.index(model.rowCount() - 1).data(GalleryModel::IdRole).toLongLong(), record.id);
    }
    const QList<qint64> want = expected([](const Inserted &) { return true; },
                                        GalleryFilter::Sort::OldestFirst);
    QCOMPARE(heldIds(model), want.mid(want.size() - model.rowCount()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int pages = 0;
    while (model.canFetchEarlier()) {
        const int added = model.fetchEarlier();
        QVERIFY(added <= 8);
        ++pages;
    }
    QVERIFY(pages >= 10);
    QCOMPARE(heldIds(model), want);
    QCOMPARE(model.fetchEarlier(), 0);
}

// Filters are index queries: they find an old output the window no longer holds.
void tst_GalleryModel::filterFindsRowsNotHeld()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(4);
    model.setMaxRows(4);
    model.reload();
    for (int n = 0; n < 20; ++n)
        model.addStored(addNew(n));
    const Inserted &oldest = m_rows.constFirst();
    QVERIFY(!model.indexOfId(oldest.id).isValid());
    GalleryFilter filter;
    filter.text = oldest.seed;
    model.setFilter(filter);
    QCOMPARE(allIds(model), QList<qint64>{oldest.id});
}

// With queries on a worker, a filter change returns at once (the previous rows stay until
// the answer), pages come the same way, and an output stored meanwhile is not lost.
void tst_GalleryModel::workerAnswersFiltersAndPages()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(8);
    model.reload();
    QCOMPARE(model.rowCount(), 8);
    model.setQueriesOnWorker(true);
    const Inserted &oldest = m_rows.constFirst();
    GalleryFilter filter;
    filter.text = oldest.seed;
    model.setFilter(filter);
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 8);
    QVERIFY(!model.canFetchMore({}));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(heldIds(model), QList<qint64>{oldest.id});

    // Everything again, and a new output while the worker reads: it is at the top after.
    model.setFilter({});
    QVERIFY(model.isLoading());
    const OutputRecord arrived = addNew(0);
    model.addStored(arrived);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), arrived.id);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
    const QList<qint64> want = expected([](const Inserted &) { return true; },
                                        GalleryFilter::Sort::NewestFirst);
    QCOMPARE(heldIds(model), want);
}

// The filmstrip's model: this session's outputs (stored since a time) in the order they
// were stored, anchored at its end, every query on the worker. Each output's signal carries
// a stored time a day before the index's (another clock): the keyset must use the index's,
// or paging back from such a row would skip every output stored between the two times.
void tst_GalleryModel::sessionPagesOnWorkerInStoredOrder()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(8);
    model.setMaxRows(16);
    model.setAnchoredAtEnd(true);
    model.setQueriesOnWorker(true);
    GalleryFilter filter;
    filter.storedFrom = base.addDays(30); // after every populated output was stored
    filter.sort = GalleryFilter::Sort::StoredOrder;
    model.setFilter(filter);
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 0); // a new session: none of the library's older outputs
    QVERIFY(!model.canFetchEarlier());

    QList<qint64> added;
    for (int n = 0; n < 50; ++n) {
        OutputRecord record = addNew(n);
        record.storedAt = m_index->output(record.id)->storedAt.addDays(-1);
        model.addStored(record);
        added.append(record.id);
        QVERIFY(model.rowCount() <= 16);
        QCOMPARE(model.index(model.rowCount() - 1).data(GalleryModel::IdRole).toLongLong(), record.id);
    }
    QVERIFY(model.canFetchEarlier());
    QSignalSpy fetched(&model, &GalleryModel::earlierRowsFetched);
    int pages = 0;
    while (model.canFetchEarlier()) {
        QCOMPARE(model.fetchEarlier(), 0); // on the worker: the rows come later
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        ++pages;
        QVERIFY(pages < 20);
    }
    QCOMPARE(fetched.size(), 5); // 34 rows before the 16 held, in pages of 8
    int count = 0;
    for (const QList<QVariant> &signal : std::as_const(fetched))
        count += signal.at(0).toInt();
    QCOMPARE(count, 34);
    const QList<qint64> want = expected([](const Inserted &row) { return row.storedMs >= base.addDays(30).toMSecsSinceEpoch(); },
                                        GalleryFilter::Sort::StoredOrder);
    QCOMPARE(want, added); // stored one after the other
    QCOMPARE(heldIds(model), want);
}

// The session's first page, its pages back and forth are ranges of the stored_at index in
// its own order: no walk of the library's time index, no sort of the session.
void tst_GalleryModel::sessionQueriesWalkTheStoredIndex()
{
    GalleryQuery query;
    query.filter.storedFrom = base.addDays(30);
    query.filter.sort = GalleryFilter::Sort::StoredOrder;
    query.limit = 512;
    GalleryRow anchor;
    anchor.id = m_rows.constLast().id;
    for (const bool before : {true, false}) {
        for (const bool anchored : {false, true}) {
            query.before = before;
            query.anchor = anchored ? std::optional<GalleryRow>(anchor) : std::nullopt;
            const GalleryQuery::Statement statement = query.statement(base.addDays(31).toMSecsSinceEpoch());
            QSqlQuery plan(m_index->database());
            QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + statement.sql));
            for (const QVariant &bind : statement.binds)
                plan.addBindValue(bind);
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList steps;
            while (plan.next())
                steps.append(plan.value(3).toString());
            const QString text = steps.join(u"; "_s);
            QVERIFY2(text.contains(u"USING INDEX outputs_by_stored (state=? AND stored_at>?"_s)
                         || text.contains(u"USING INDEX outputs_by_stored (state=? AND stored_at<?"_s)
                         || text.contains(u"USING INDEX outputs_by_stored (state=? AND stored_at>? AND stored_at<?)"_s),
                     qPrintable(text));
            QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
        }
    }
}

// Identical outputs share one file: each row is called by its own name, and the file's
// thumbnail, decoded once, reaches every row that shows it.
void tst_GalleryModel::sharedFileShowsInEveryRow()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    const Inserted &first = m_rows.at(0);
    const QString shared = m_dir->filePath(first.fileName);
    QVERIFY(image.save(shared));
    const QList<qint64> sharing{first.id, m_rows.at(1).id, m_rows.at(2).id};
    for (const qint64 id : sharing.mid(1))
        QVERIFY(m_index->markStoredAs(id, QFileInfo(shared).size(), QByteArray(32, 'x'), shared));

    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir cache;
    ThumbnailProvider thumbnails(cache.path());
    model.setThumbnailProvider(&thumbnails);
    allIds(model);
    QSet<int> waiting;
    for (int n = 0; n < sharing.size(); ++n) {
        const QModelIndex index = model.indexOfId(sharing.at(n));
        QVERIFY(index.isValid());
        QCOMPARE(index.data(GalleryModel::PathRole).toString(), shared);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), m_rows.at(n).fileName);
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(m_rows.at(n).fileName + u'\n'));
        QVERIFY(index.data(Qt::DecorationRole).isNull()); // asked for: decoded off this thread
        waiting.insert(index.row());
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= sharing.size(), 10000);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QVERIFY(signal.at(2).value<QList<int>>().contains(Qt::DecorationRole));
        waiting.remove(signal.at(0).toModelIndex().row());
    }
    QVERIFY(waiting.isEmpty());
    for (const qint64 id : sharing)
        QCOMPARE(model.indexOfId(id).data(Qt::DecorationRole).value<QImage>().pixelColor(20, 15), QColor(Qt::darkMagenta));
}

void tst_GalleryModel::pagesInOrder()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int pageSize = 7;
    model.setPageSize(pageSize);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    // The first page comes with the reset; the rest when a view asks, a page at a time.
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), pageSize);
    QVERIFY(model.canFetchMore({}));
    const QList<qint64> want = expected([](const Inserted &) { return true; },
                                        GalleryFilter::Sort::NewestFirst);
    int pages = 1;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QVERIFY(model.rowCount() - before <= pageSize);
        if (model.rowCount() > before)
            ++pages;
    }
    QCOMPARE(model.rowCount(), int(want.size()));
    const int fullPages = int((want.size() + pageSize - 1) / pageSize);
    QCOMPARE(pages, fullPages);
    QCOMPARE(inserted.size(), fullPages - 1);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(GalleryModel::IdRole).toLongLong());
    QCOMPARE(ids, want);
    // Fetching at the end changes nothing.
    model.fetchMore({});
    QCOMPARE(model.rowCount(), int(want.size()));
}

void tst_GalleryModel::liveChanges()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GalleryFilter filter;
    filter.tag = u"keep"_s;
    model.setFilter(filter);
    const QList<qint64> kept = allIds(model);
    QVERIFY(kept.size() >= 2);

    // Removing the filtered tag takes the rows out; adding it brings them in on reload.
    QVERIFY(model.removeTag({kept.at(0), kept.at(1)}, u" KEEP "_s));
    QCOMPARE(allIds(model), kept.mid(2));
    QVERIFY(m_index->tags(kept.at(0)).isEmpty() || !m_index->tags(kept.at(0)).contains(u"keep"_s));
    QVERIFY(model.addTag({kept.at(0)}, u"keep"_s));
    model.reload();
    QList<qint64> back = kept;
    back.removeAt(1);
    QCOMPARE(allIds(model), back);
    QVERIFY(model.index(0).data(GalleryModel::TagsRole).toStringList().contains(u"keep"_s));

    // A tag added to visible rows announces itself.
    model.setFilter({});
    allIds(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 first = model.index(0).data(GalleryModel::IdRole).toLongLong();
    QVERIFY(model.addTag({first}, u"new"_s));
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(0).data(GalleryModel::TagsRole).toStringList().contains(u"new"_s));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"new"_s));
    QVERIFY(m_index->allTags().contains(u"new"_s));
    QCOMPARE(m_index->workflowNames(), (QStringList{u"landscape"_s, u"portrait"_s}));

    // Favourites and removal.
    QVERIFY(model.setFavourite(model.index(1), true));
    QVERIFY(m_index->output(model.index(1).data(GalleryModel::IdRole).toLongLong())->favourite);
    const int rows = model.rowCount();
    model.removeIds({first});
    QCOMPARE(model.rowCount(), rows - 1);
    QVERIFY(!model.indexOfId(first).isValid());

    // A new output goes to the top when newest first.
    OutputRecord record;
    record.server = u"http://127.0.0.1:8188"_s;
    record.promptId = u"late"_s;
    record.nodeId = u"9"_s;
    record.serverFileName = u"late.png"_s;
    record.type = u"output"_s;
    record.path = m_dir->filePath(u"late.png"_s);
    record.createdAt = base.addDays(30);
    record.id = m_index->addPendingOutput(record);
    QVERIFY(record.id > 0);
    QVERIFY(m_index->markStored(record.id, 10));
    record.state = OutputRecord::State::Stored;
    model.addStored(record);
    QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), record.id);
    model.addStored(record); // twice: still once
    QCOMPARE(model.rowCount(), rows);
}

// The window names a job's workflow when it queues it, before or after the job is
// recorded; either way its outputs join the workflow filter under that name.
void tst_GalleryModel::jobsNamedForTheWorkflowFilter()
{
    QTemporaryDir dir;
    ComfyClient client(QUrl(u"http://127.0.0.1:9/"_s));
    OutputStore store(&client, dir.path());
    store.open();

    // The store writes on its writer thread: each step waits for the row it wrote.
    const auto record = [&store](const QString &promptId, const QString &name = {}) {
        bool recorded = false;
        store.recordJob(promptId, "{}", {}, {}, name, &store, [&recorded] { recorded = true; });
        QTRY_VERIFY(recorded);
    };
    // Named before it is recorded (the queue records it when it submits).
    store.setWorkflowName(u"early"_s, u"Portrait.json"_s);
    record(u"early"_s);
    QCOMPARE(store.index()->job(u"early"_s)->workflowName, u"Portrait.json"_s);

    // Recorded first, with an output already known, then named.
    record(u"late"_s);
    OutputRecord output;
    output.server = store.server();
    output.promptId = u"late"_s;
    output.nodeId = u"9"_s;
    output.serverFileName = u"late.png"_s;
    output.type = u"output"_s;
    output.path = dir.filePath(u"late.png"_s);
    const qint64 id = store.index()->addPendingOutput(output);
    QVERIFY(id > 0);
    QVERIFY(store.index()->markStored(id, 1));
    store.setWorkflowName(u"late"_s, u"Landscape.json"_s);
    QTRY_COMPARE(store.index()->job(u"late"_s)->workflowName, u"Landscape.json"_s);
    QTRY_COMPARE(store.index()->output(id)->workflowName, u"Landscape.json"_s);
    QCOMPARE(store.index()->workflowNames(), QStringList{u"Landscape.json"_s});

    // A name the queue passes itself wins, and a later hint never renames.
    store.setWorkflowName(u"given"_s, u"hint"_s);
    record(u"given"_s, u"Given.json"_s);
    QCOMPARE(store.index()->job(u"given"_s)->workflowName, u"Given.json"_s);
    store.setWorkflowName(u"given"_s, u"other"_s);
    record(u"barrier"_s); // every earlier write is done
    QCOMPARE(store.index()->job(u"given"_s)->workflowName, u"Given.json"_s);

    GalleryModel model(store.index());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GalleryFilter filter;
    filter.workflowName = u"Landscape.json"_s;
    model.setFilter(filter);
    QCOMPARE(allIds(model), QList<qint64>{id});
}

namespace {

// Every row held is found at its own number by its id; every other output is not found.
bool idsFindTheirRows(const GalleryModel &model, const QList<qint64> &allInserted)
{
    const QList<qint64> held = heldIds(model);
    for (int row = 0; row < held.size(); ++row) {
        if (model.indexOfId(held.at(row)).row() != row) {
            qWarning("id %lld at row %d found at %d", held.at(row), row,
                     model.indexOfId(held.at(row)).row());
            return false;
        }
    }
    for (const qint64 id : allInserted) {
        if (!held.contains(id) && model.indexOfId(id).isValid()) {
            qWarning("id %lld not held but found", id);
            return false;
        }
    }
    return true;
}

} // namespace

// indexOfId follows the window as it pages both ways, takes new outputs at either end,
// drops rows to its bound and loses deleted ones, and inside the removal's own signals.
void tst_GalleryModel::rowsFoundByIdAsWindowMoves()
{
    const auto inserted = [this] {
        QList<qint64> ids;
        for (const Inserted &row : std::as_const(m_rows))
            ids.append(row.id);
        return ids;
    };
    {
        GalleryModel model(m_index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        model.setMaxRows(8);
        model.reload();
        QVERIFY(idsFindTheirRows(model, inserted()));
        while (model.rowCount() < 20) {
            model.fetchMore({});
            QVERIFY(idsFindTheirRows(model, inserted()));
        }
        model.setRowsInUse(8, 15);
        for (int n = 0; n < 6; ++n) {
            model.addStored(addNew(n)); // at the top; the end is cut past the rows in use
            QVERIFY(idsFindTheirRows(model, inserted()));
        }
        model.setRowsInUse(0, 3); // cut to the bound
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(idsFindTheirRows(model, inserted()));
        const QList<qint64> held = heldIds(model);
        bool consistentInSignals = true;
        int removals = 0;
        connect(&model, &QAbstractItemModel::rowsRemoved, &model, [&] {
            ++removals;
            consistentInSignals = consistentInSignals && idsFindTheirRows(model, inserted());
        });
        model.removeIds({held.at(1), held.at(5)});
        QCOMPARE(removals, 2);
        QVERIFY(consistentInSignals);
        QCOMPARE(heldIds(model).size(), 6);
        QVERIFY(idsFindTheirRows(model, inserted()));
        model.fetchMore({});
        QVERIFY(model.rowCount() > 6);
        QVERIFY(idsFindTheirRows(model, inserted()));
    }
    {
        // The filmstrip: new outputs at the end push the oldest out at the start, and
        // earlier pages come back before them.
        GalleryModel model(m_index);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        model.setMaxRows(8);
        model.setAnchoredAtEnd(true);
        GalleryFilter filter;
        filter.sort = GalleryFilter::Sort::OldestFirst;
        model.setFilter(filter);
        QVERIFY(idsFindTheirRows(model, inserted()));
        for (int n = 100; n < 112; ++n) {
            model.addStored(addNew(n));
            QVERIFY(model.rowCount() <= 8);
            QVERIFY(idsFindTheirRows(model, inserted()));
        }
        for (int page = 0; page < 5 && model.canFetchEarlier(); ++page) {
            QVERIFY(model.fetchEarlier() > 0);
            QVERIFY(idsFindTheirRows(model, inserted()));
        }
        QVERIFY(model.rowCount() > 8);
        model.setRowsInUse(model.rowCount() - 2, model.rowCount() - 1);
        QVERIFY(idsFindTheirRows(model, inserted()));
    }
}

// The server filter's list: every server with outputs in the index (stored or still
// downloading), ascending, none empty; a server's first output adds it.
void tst_GalleryModel::serverListGainsNewServers()
{
    GalleryModel model(m_index);
    QStringList want{u"http://127.0.0.1:8188"_s}; // populate()'s, and its pending output's
    QCOMPARE(model.serverNames(), want);
    const auto add = [this](const QString &server, const QString &name, bool stored) {
        OutputRecord record;
        record.server = server;
        record.promptId = u"farm-"_s + name;
        record.nodeId = u"9"_s;
        record.serverFileName = name;
        record.type = u"output"_s;
        record.path = m_dir->filePath(u"farm-"_s + name);
        record.createdAt = base.addDays(90);
        const qint64 id = m_index->addPendingOutput(record);
        return id > 0 && (!stored || m_index->markStored(id, 100));
    };
    QVERIFY(add(u"http://gpu-b.farm:8188"_s, u"b1.png"_s, false)); // still downloading
    QVERIFY(add(u"http://gpu-a.farm:8188"_s, u"a1.png"_s, true));
    QVERIFY(add(u"http://gpu-a.farm:8188"_s, u"a2.png"_s, true));
    QVERIFY(add(u"http://10.0.0.2:8188"_s, u"c1.png"_s, true));
    QVERIFY(add(QString(), u"d1.png"_s, true)); // no server named: not a choice
    want << u"http://gpu-b.farm:8188"_s << u"http://gpu-a.farm:8188"_s << u"http://10.0.0.2:8188"_s;
    std::sort(want.begin(), want.end()); // byte order, as SQLite compares text
    QCOMPARE(model.serverNames(), want);
}


// A row's tags are read with its page on the worker, in the index's order, and answered
// from the row: a view painting or a tooltip never queries the index on the GUI thread.
// Tags written elsewhere reach the row through noteTagsChanged.
void tst_GalleryModel::tagsComeWithTheirPage()
{
    GalleryModel model(m_index);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueriesOnWorker(true);
    model.setPageSize(64);
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QVERIFY(model.rowCount() >= 40);
    int tagged = 0;
    for (const Inserted &inserted : std::as_const(m_rows)) {
        const QModelIndex index = model.indexOfId(inserted.id);
        if (!index.isValid())
            continue; // the pending output, never shown
        QStringList want = inserted.tags;
        want.sort(Qt::CaseInsensitive);
        QCOMPARE(index.data(GalleryModel::TagsRole).toStringList(), want);
        tagged += want.isEmpty() ? 0 : 1;
    }
    QVERIFY(tagged >= 2);

    // Written by another connection: the row keeps what its page read until told.
    const qint64 id = m_rows.constFirst().id;
    QVERIFY(m_index->addTag(id, u"elsewhere"_s));
    QVERIFY(!model.indexOfId(id).data(GalleryModel::TagsRole).toStringList().contains(u"elsewhere"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.noteTagsChanged(id, m_index->tags(id));
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.indexOfId(id).data(GalleryModel::TagsRole).toStringList().contains(u"elsewhere"_s));
    QVERIFY(model.indexOfId(id).data(Qt::ToolTipRole).toString().contains(u"elsewhere"_s));

    // The model's own edit keeps the row (and the index) in step, without case.
    // With queries on the worker, the write is there too: the row changes at once.
    QSignalSpy written(&model, &GalleryModel::tagsWritten);
    QVERIFY(model.addTag({id}, u"Zebra"_s));
    QVERIFY(model.removeTag({id}, u"ELSEWHERE"_s));
    const QStringList now = model.indexOfId(id).data(GalleryModel::TagsRole).toStringList();
    QVERIFY(now.contains(u"Zebra"_s) && !now.contains(u"elsewhere"_s, Qt::CaseInsensitive));
    QTRY_COMPARE(written.size(), 2);
    QVERIFY(written.at(0).at(0).toBool() && written.at(1).at(0).toBool());
    QCOMPARE(m_index->tags(id), now);
    QSignalSpy favourite(&model, &GalleryModel::favouriteWritten);
    const bool was = model.indexOfId(id).data(GalleryModel::FavouriteRole).toBool();
    QVERIFY(model.setFavourite(model.indexOfId(id), !was));
    QCOMPARE(model.indexOfId(id).data(GalleryModel::FavouriteRole).toBool(), !was);
    QTRY_COMPARE(favourite.size(), 1);
    QCOMPARE(m_index->output(id)->favourite, !was);

    // Under a tag filter, a row whose tags no longer have it leaves.
    GalleryFilter filter;
    filter.tag = u"zebra"_s;
    model.setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(heldIds(model), QList<qint64>{id});
    QVERIFY(m_index->removeTag(id, u"Zebra"_s));
    model.noteTagsChanged(id, m_index->tags(id));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_GalleryModel)
#include "tst_gallerymodel.moc"
