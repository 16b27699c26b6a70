// The servers panel (issue 11) over a farm of two simulators on loopback: a row per
// server with its health, a summary that follows servers going down, and a hint when
// there is no farm. Looked at through a grab (saved beside the test's temp files).
#include "farmdispatcher.h"
#include "farmserver.h"
#include "farmservermodel.h"
#include "serverspanel.h"
#include "simserver.h"

#include <QLabel>
#include <QStandardPaths>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

class tst_ServersPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void noFarmShowsTheHint();
    void rowPerServerAndSummaryFollowsHealth();
};

void tst_ServersPanel::noFarmShowsTheHint()
{
    ServersPanel panel;
    panel.show();
    QVERIFY(panel.findChild<QTableView *>(u"serversView"_s)->isHidden());
    QVERIFY(panel.summaryText().contains(u"No render farm"_s));
}

void tst_ServersPanel::rowPerServerAndSummaryFollowsHealth()
{
    auto a = std::make_unique<Sim::SimServer>();
    auto b = std::make_unique<Sim::SimServer>();
    QVERIFY(a->listen(QHostAddress::LocalHost, 0) != 0);
    QVERIFY(b->listen(QHostAddress::LocalHost, 0) != 0);
    QTemporaryDir dir;
    FarmDispatcher farm(dir.path());
    farm.addServer(a->baseUrl(), {}, u"Attic"_s);
    farm.addServer(b->baseUrl());
    FarmServerModel model(&farm);
    ServersPanel panel;
    panel.setModel(&model);
    panel.resize(900, 160);
    panel.show();
    farm.start();
    QTRY_COMPARE_WITH_TIMEOUT(panel.summaryText(), u"2 of 2 servers ready"_s, 30000);
    auto *view = panel.findChild<QTableView *>(u"serversView"_s);
    QVERIFY(view->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(farm.servers().at(1)->statsKnown(), 30000);
    // By the profile's name when the server has one; the address stays in the tooltip.
    const QModelIndex first = view->model()->index(0, FarmServerModel::ServerColumn);
    QCOMPARE(first.data().toString(), u"Attic"_s);
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(a->baseUrl().toString()));
    QCOMPARE(view->model()->index(1, FarmServerModel::ServerColumn).data().toString(),
             b->baseUrl().toDisplayString());
    QVERIFY(panel.preferredHeight() > view->verticalHeader()->defaultSectionSize() * 2);
    panel.grab().save(dir.filePath(u"servers.png"_s));
    if (qEnvironmentVariableIsSet("EASEL_SHOTS"))
        panel.grab().save(qEnvironmentVariable("EASEL_SHOTS") + u"/serverspanel.png"_s);

    b.reset();
    QTRY_COMPARE_WITH_TIMEOUT(panel.summaryText(), u"1 of 2 servers ready"_s, 30000);
}

QTEST_MAIN(tst_ServersPanel)
#include "tst_serverspanel.moc"
