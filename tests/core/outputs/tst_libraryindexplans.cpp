// The index's schema 7 (the gallery's indexes hold Stored rows only, Pending rows an index
// of their own) on a library made by schema 6 as shipped: every row, tag, favourite, job and
// Pending row survives the migration, and every query the gallery and the store make still
// walks an index in its order (EXPLAIN QUERY PLAN of the real statements), so an index
// dropped or made unusable fails here, not in a year's library on a user's machine.
#include "galleryquery.h"
#include "libraryindex.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {

// Schema version 6 as shipped: the tables and indexes steps 1-6 left, statement for statement.
const QStringList shippedVersion6 = {
    u"CREATE TABLE jobs ("
    "prompt_id TEXT PRIMARY KEY, server TEXT NOT NULL, api_json BLOB, workflow_json BLOB,"
    "changed_inputs BLOB, workflow_name TEXT, submitted_at INTEGER, fetched INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX jobs_unfetched ON jobs(server, fetched)"_s,
    u"CREATE TABLE outputs ("
    "id INTEGER PRIMARY KEY, state INTEGER NOT NULL, server TEXT NOT NULL,"
    "prompt_id TEXT NOT NULL, node_id TEXT NOT NULL, server_filename TEXT NOT NULL,"
    "subfolder TEXT NOT NULL, type TEXT NOT NULL, path TEXT NOT NULL,"
    "size INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, stored_at INTEGER,"
    "favourite INTEGER NOT NULL DEFAULT 0, seed TEXT, prompt_text TEXT, workflow_name TEXT,"
    "attempts INTEGER NOT NULL DEFAULT 0, kind INTEGER NOT NULL DEFAULT 0,"
    "media_state INTEGER NOT NULL DEFAULT 0, width INTEGER NOT NULL DEFAULT 0,"
    "height INTEGER NOT NULL DEFAULT 0, frame_count INTEGER NOT NULL DEFAULT 0,"
    "duration_ms INTEGER NOT NULL DEFAULT 0, codec TEXT, text TEXT, media_error TEXT,"
    "sha256 BLOB, owner TEXT)"_s,
    u"CREATE UNIQUE INDEX outputs_identity ON outputs"
    "(server, prompt_id, node_id, type, subfolder, server_filename)"_s,
    u"CREATE INDEX outputs_by_time ON outputs(state, created_at, id)"_s,
    u"CREATE INDEX outputs_favourites ON outputs(state, favourite, created_at, id)"_s,
    u"CREATE INDEX outputs_by_workflow ON outputs(state, workflow_name, created_at, id)"_s,
    u"CREATE INDEX outputs_by_size ON outputs(state, size, id)"_s,
    u"CREATE INDEX outputs_by_prompt ON outputs(prompt_id)"_s,
    u"CREATE INDEX outputs_by_kind ON outputs(state, kind, created_at, id)"_s,
    u"CREATE INDEX outputs_by_path ON outputs(path)"_s,
    u"CREATE INDEX outputs_by_hash ON outputs(sha256, size) WHERE sha256 IS NOT NULL"_s,
    u"CREATE INDEX outputs_by_stored ON outputs(state, stored_at, id)"_s,
    u"CREATE TABLE tags (output_id INTEGER NOT NULL REFERENCES outputs(id) ON DELETE CASCADE,"
    "tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY(output_id, tag)) WITHOUT ROWID"_s,
    u"CREATE INDEX tags_by_tag ON tags(tag, output_id)"_s,
    u"PRAGMA user_version=6"_s,
};

constexpr int storedRows = 40;
constexpr int pendingRows = 3;

// What EXPLAIN QUERY PLAN says of a statement, one line a step.
QStringList planOf(const LibraryIndex &index, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(index.database());
    if (!query.prepare(u"EXPLAIN QUERY PLAN "_s + sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    QStringList plan;
    if (query.exec()) {
        while (query.next())
            plan.append(query.value(3).toString());
    }
    return plan;
}

// The plan reads the outputs through `index`, in the index's order (no sort of its own).
bool walksIndex(const QStringList &plan, const QString &index)
{
    bool uses = false;
    for (const QString &step : plan) {
        if (step.contains(u"TEMP B-TREE FOR ORDER BY"_s))
            return false;
        if (step.startsWith(u"SEARCH outputs USING "_s) || step.startsWith(u"SCAN outputs USING "_s)
            || step.startsWith(u"SEARCH jobs USING "_s))
            uses = uses || step.contains(QRegularExpression(u"INDEX "_s + index + u"( |$)"_s));
    }
    return uses;
}

} // namespace

class tst_LibraryIndexPlans : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migratesVersion6KeepingEveryRow();
    void galleryQueriesWalkTheirIndex_data();
    void galleryQueriesWalkTheirIndex();
    void storeLookUpsUseAnIndex();
    void rowsEnterTheGalleryIndexesWhenStored();
    void storedInPlaceKeepsItsPathSharedTakesTheOther();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryIndex> m_index;
};

void tst_LibraryIndexPlans::init()
{
    // Every test starts from a version 6 library holding stored, favourite, tagged and
    // Pending rows, and a job whose history is still to read, opened (so migrated) once.
    m_index.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString dbPath = LibraryIndex::defaultDatabasePath(m_dir->path());
    QVERIFY(QDir().mkpath(QFileInfo(dbPath).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v6"_s);
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(db.transaction()); // one commit (one sync) for the whole fixture
        for (const QString &statement : shippedVersion6)
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO jobs (prompt_id, server, api_json, workflow_name, submitted_at, fetched)"
                           " VALUES ('p1', 'http://a', '{}', 'Portraits', 10, 1),"
                           " ('p2', 'http://b', '{}', 'Landscapes', 20, 1), ('p3', 'http://a', '{}', '', 30, 0)"_s));
        for (int i = 1; i <= storedRows + pendingRows; ++i) {
            const bool stored = i <= storedRows;
            query.prepare(u"INSERT INTO outputs (id, state, server, prompt_id, node_id, server_filename,"
                          " subfolder, type, path, size, created_at, stored_at, favourite, seed, workflow_name,"
                          " kind, sha256, owner) VALUES (?, ?, ?, ?, '9', ?, '', 'output', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"_s);
            query.addBindValue(i);
            query.addBindValue(stored ? 1 : 0);
            query.addBindValue(i % 2 ? u"http://a"_s : u"http://b"_s);
            query.addBindValue(stored ? (i % 2 ? u"p1"_s : u"p2"_s) : u"p3"_s);
            query.addBindValue(u"out_%1.png"_s.arg(i));
            query.addBindValue(u"out_%1.png"_s.arg(i));
            query.addBindValue(stored ? 1000 + (i * 37) % 500 : 0);
            query.addBindValue(1000 * i);
            query.addBindValue(stored ? QVariant(2000 * i) : QVariant());
            query.addBindValue(i % 5 == 0 ? 1 : 0);
            query.addBindValue(QString::number(i));
            query.addBindValue(i % 2 ? u"Portraits"_s : u"Landscapes"_s);
            query.addBindValue(stored ? QVariant(QByteArray(32, char(i))) : QVariant());
            query.addBindValue(stored ? QVariant() : QVariant(u"gone-process"_s));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(u"INSERT INTO tags (output_id, tag) VALUES (5, 'keep'), (6, 'keep'), (7, 'Portrait')"_s));
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v6"_s);
    m_index = std::make_unique<LibraryIndex>(m_dir->path());
    QVERIFY2(m_index->open(), qPrintable(m_index->errorString()));
}

void tst_LibraryIndexPlans::migratesVersion6KeepingEveryRow()
{
    QCOMPARE(m_index->version(), 7);
    QCOMPARE(m_index->storedCount(), storedRows);
    QCOMPARE(m_index->outputsOfJob(u"p1"_s).size() + m_index->outputsOfJob(u"p2"_s).size(), storedRows);
    for (int i = 1; i <= storedRows + pendingRows; ++i) {
        const std::optional<OutputRecord> record = m_index->output(i);
        QVERIFY(record.has_value());
        QCOMPARE(record->serverFileName, u"out_%1.png"_s.arg(i));
        QCOMPARE(record->favourite, i % 5 == 0);
        QCOMPARE(record->state, i <= storedRows ? OutputRecord::State::Stored : OutputRecord::State::Pending);
    }
    QCOMPARE(m_index->tags(5), QStringList{u"keep"_s});
    QCOMPARE(m_index->tags(7), QStringList{u"Portrait"_s});
    QCOMPARE(m_index->pendingOutputs(u"http://a"_s).size() + m_index->pendingOutputs(u"http://b"_s).size(),
             pendingRows);
    QCOMPARE(m_index->unfetchedJobs(u"http://a"_s), QStringList{u"p3"_s});
    QCOMPARE(m_index->workflowNames(), (QStringList{u"Landscapes"_s, u"Portraits"_s}));
    QCOMPARE(m_index->storedWithHash(QByteArray(32, char(3)), 1000 + (3 * 37) % 500),
             m_index->absolutePath(u"out_3.png"_s));
    QVERIFY(m_index->isPathTaken(m_index->absolutePath(u"out_42.png"_s)));

    // Indexes read by no query are gone; a second open migrates nothing again.
    QSqlQuery query(m_index->database());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'outputs_by_kind'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    LibraryIndex again(m_dir->path());
    QVERIFY2(again.open(), qPrintable(again.errorString()));
    QCOMPARE(again.storedCount(), storedRows);

    // The gallery's pages read the same rows in the same order as before.
    GalleryQuery page;
    page.filter.favouritesOnly = true;
    QList<qint64> ids;
    for (const GalleryRow &row : page.run(*m_index))
        ids.append(row.id);
    QCOMPARE(ids, (QList<qint64>{40, 35, 30, 25, 20, 15, 10, 5}));
}

void tst_LibraryIndexPlans::galleryQueriesWalkTheirIndex_data()
{
    QTest::addColumn<GalleryQuery>("query");
    QTest::addColumn<QString>("index");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC);
    GalleryRow anchor;
    anchor.id = 20;
    anchor.createdMs = 20000;
    anchor.size = 1240;
    anchor.storedMs = 40000;

    GalleryQuery query;
    QTest::newRow("newest first") << query << u"outputs_by_time"_s;
    query.anchor = anchor;
    QTest::newRow("newest first, next page") << query << u"outputs_by_time"_s;
    query.before = true;
    QTest::newRow("newest first, page before") << query << u"outputs_by_time"_s;
    query = {};
    query.filter.sort = GalleryFilter::Sort::OldestFirst;
    QTest::newRow("oldest first") << query << u"outputs_by_time"_s;
    query = {};
    query.filter.from = at;
    query.filter.to = at.addSecs(10);
    QTest::newRow("a period") << query << u"outputs_by_time"_s;
    query = {};
    query.filter.server = u"http://a"_s;
    QTest::newRow("one server") << query << u"outputs_by_time"_s;
    query.filter.tag = u"keep"_s;
    query.filter.text = u"out"_s;
    QTest::newRow("tag and text") << query << u"outputs_by_time"_s;
    query = {};
    query.filter.favouritesOnly = true;
    QTest::newRow("favourites") << query << u"outputs_favourites"_s;
    query.anchor = anchor;
    QTest::newRow("favourites, next page") << query << u"outputs_favourites"_s;
    query = {};
    query.filter.workflowName = u"Portraits"_s;
    QTest::newRow("one workflow") << query << u"outputs_by_workflow"_s;
    query = {};
    query.filter.sort = GalleryFilter::Sort::LargestFirst;
    QTest::newRow("largest first") << query << u"outputs_by_size"_s;
    query.anchor = anchor;
    QTest::newRow("largest first, next page") << query << u"outputs_by_size"_s;
    query = {};
    query.filter.sort = GalleryFilter::Sort::StoredOrder;
    query.filter.storedFrom = at;
    QTest::newRow("this session (filmstrip)") << query << u"outputs_by_stored"_s;
    query.anchor = anchor;
    QTest::newRow("this session, next page") << query << u"outputs_by_stored"_s;
}

void tst_LibraryIndexPlans::galleryQueriesWalkTheirIndex()
{
    QFETCH(GalleryQuery, query);
    QFETCH(QString, index);
    const GalleryQuery::Statement statement = query.statement(1000);
    const QStringList plan = planOf(*m_index, statement.sql, statement.binds);
    QVERIFY2(walksIndex(plan, index), qPrintable(plan.join(u" | "_s)));
}

void tst_LibraryIndexPlans::storeLookUpsUseAnIndex()
{
    // The statements LibraryIndex makes (libraryindex.cpp) on every job or start.
    const struct
    {
        QString sql;
        QVariantList binds;
        QString index;
    } lookUps[] = {
        {u"SELECT DISTINCT owner FROM outputs WHERE state = 0 AND server = ?"_s, {u"http://a"_s}, u"outputs_pending"_s},
        {u"SELECT id FROM outputs WHERE state = 0 AND server = ? ORDER BY id"_s, {u"http://a"_s}, u"outputs_pending"_s},
        {u"SELECT prompt_id FROM jobs WHERE server = ? AND fetched = 0 ORDER BY submitted_at"_s, {u"http://a"_s},
         u"jobs_unfetched"_s},
        {u"SELECT path FROM outputs WHERE sha256 = ? AND size = ? AND state = 1 ORDER BY id LIMIT 1"_s,
         {QByteArray(32, '\3'), 1111}, u"outputs_by_hash"_s},
        {u"SELECT 1 FROM outputs WHERE path = ? AND sha256 = ? AND size = ? AND state = 1 LIMIT 1"_s,
         {u"out_3.png"_s, QByteArray(32, '\3'), 1111}, u"outputs_by_hash"_s},
        {u"SELECT COUNT(*) FROM outputs WHERE path = ?"_s, {u"out_1.png"_s}, u"outputs_by_path"_s},
        {u"SELECT 1 FROM outputs WHERE path = ?"_s, {u"out_1.png"_s}, u"outputs_by_path"_s},
        {u"SELECT id FROM outputs WHERE prompt_id = ? ORDER BY id"_s, {u"p1"_s}, u"outputs_by_prompt"_s},
        {u"SELECT DISTINCT workflow_name FROM outputs WHERE state = 1"
         " AND workflow_name IS NOT NULL AND workflow_name <> '' ORDER BY workflow_name"_s,
         {}, u"outputs_by_workflow"_s},
    };
    for (const auto &lookUp : lookUps) {
        const QStringList plan = planOf(*m_index, lookUp.sql, lookUp.binds);
        QVERIFY2(walksIndex(plan, lookUp.index), qPrintable(lookUp.sql + u": "_s + plan.join(u" | "_s)));
    }
}

void tst_LibraryIndexPlans::rowsEnterTheGalleryIndexesWhenStored()
{
    // A Pending row is in no gallery index; stored, it is in each; a favourite joins the
    // favourites. Read through each index (INDEXED BY fails if the index cannot serve).
    OutputRecord output;
    output.server = u"http://a"_s;
    output.promptId = u"p9"_s;
    output.nodeId = u"9"_s;
    output.serverFileName = u"new.png"_s;
    output.type = u"output"_s;
    output.path = m_index->absolutePath(u"new.png"_s);
    output.workflowName = u"Portraits"_s;
    const qint64 id = m_index->addPendingOutput(output);
    QVERIFY(id > 0);
    const auto countIn = [this](const QString &index, const QString &where) {
        QSqlQuery query(m_index->database());
        if (!query.exec(u"SELECT COUNT(*) FROM outputs INDEXED BY %1 WHERE %2"_s.arg(index, where)) || !query.next()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toInt();
    };
    const QString gallery[] = {u"outputs_by_time"_s, u"outputs_by_workflow"_s, u"outputs_by_size"_s,
                               u"outputs_by_stored"_s};
    for (const QString &index : gallery)
        QCOMPARE(countIn(index, u"state = 1"_s), storedRows);
    QCOMPARE(countIn(u"outputs_pending"_s, u"state = 0"_s), pendingRows + 1);

    QVERIFY(m_index->markStoredAs(id, 777, QByteArray(32, 'x'), output.path));
    for (const QString &index : gallery)
        QCOMPARE(countIn(index, u"state = 1"_s), storedRows + 1);
    QCOMPARE(countIn(u"outputs_pending"_s, u"state = 0"_s), pendingRows);
    QCOMPARE(countIn(u"outputs_favourites"_s, u"state = 1 AND favourite = 1"_s), storedRows / 5);
    QVERIFY(m_index->setFavourite(id, true));
    QCOMPARE(countIn(u"outputs_favourites"_s, u"state = 1 AND favourite = 1"_s), storedRows / 5 + 1);

    GalleryQuery newest;
    newest.limit = 1;
    QCOMPARE(newest.run(*m_index).value(0).id, id);
    newest.filter.favouritesOnly = true;
    QCOMPARE(newest.run(*m_index).value(0).id, id);
}

void tst_LibraryIndexPlans::storedInPlaceKeepsItsPathSharedTakesTheOther()
{
    // Stored at the path the row holds (rowPath given), the path is not written again;
    // stored at another output's file (sharing), the row takes that path, rowPath or not.
    OutputRecord output;
    output.server = u"http://a"_s;
    output.promptId = u"p9"_s;
    output.nodeId = u"9"_s;
    output.type = u"output"_s;
    const auto pending = [&](const QString &name) {
        output.serverFileName = name;
        output.path = m_index->absolutePath(name);
        return m_index->addPendingOutput(output);
    };
    const qint64 own = pending(u"own.png"_s);
    const qint64 shares = pending(u"shares.png"_s);
    QVERIFY(own > 0 && shares > 0);
    OutputRecord media;
    media.kind = MediaKind::Still;
    media.mediaState = OutputRecord::MediaState::Read;
    media.width = 64;
    media.height = 48;
    const QString ownPath = m_index->absolutePath(u"own.png"_s);
    QVERIFY(m_index->markStoredAs(own, 321, QByteArray(32, 'o'), ownPath, &media, ownPath));
    QVERIFY(m_index->markStoredAs(shares, 321, QByteArray(32, 'o'), ownPath, &media,
                                  m_index->absolutePath(u"shares.png"_s)));
    for (const qint64 id : {own, shares}) {
        const std::optional<OutputRecord> record = m_index->output(id);
        QVERIFY(record.has_value());
        QCOMPARE(record->state, OutputRecord::State::Stored);
        QCOMPARE(record->path, ownPath);
        QCOMPARE(record->size, 321);
        QCOMPARE(record->width, 64);
        QCOMPARE(record->mediaState, OutputRecord::MediaState::Read);
    }
    QCOMPARE(m_index->references(ownPath), 2);
    QCOMPARE(m_index->storedWithHash(QByteArray(32, 'o'), 321), ownPath);
    // Without media, in place: the Stored state and the hash.
    const qint64 plain = pending(u"plain.png"_s);
    const QString plainPath = m_index->absolutePath(u"plain.png"_s);
    QVERIFY(m_index->markStoredAs(plain, 5, QByteArray(32, 'p'), plainPath, nullptr, plainPath));
    QCOMPARE(m_index->storedWithHash(QByteArray(32, 'p'), 5), plainPath);
    QCOMPARE(m_index->output(plain)->state, OutputRecord::State::Stored);
}

QTEST_GUILESS_MAIN(tst_LibraryIndexPlans)
#include "tst_libraryindexplans.moc"
