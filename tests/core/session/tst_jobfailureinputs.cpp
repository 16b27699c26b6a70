// inputErrorsOf (issue 16): where a failed job's reasons go in the editor, from recorded
// 400 answers of ComfyUI (../shared/captures/errors_post_prompt): each reason on its node
// and input, "message: details" when details were given; an execution error on its node.
#include "jobfailureinputs.h"
#include "jobqueue.h"
#include "protocolerror.h"
#include "workflowmodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Easel;
using namespace Qt::StringLiterals;

namespace {
JobFailure rejectedWith(const QString &capture)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/errors_post_prompt/") + capture);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
    JobFailure failure;
    failure.rejected = true;
    failure.message = body.value(u"error"_s).toObject().value(u"message"_s).toString();
    failure.nodeErrors = parseNodeErrors(body.value(u"node_errors"_s).toObject());
    return failure;
}
} // namespace

class tst_JobFailureInputs : public QObject
{
    Q_OBJECT

private slots:
    void rejectedValueOnItsInput_data();
    void rejectedValueOnItsInput();
    void executionErrorOnItsNode();
    void noNodeNoErrors();
};

void tst_JobFailureInputs::rejectedValueOnItsInput_data()
{
    QTest::addColumn<QString>("capture");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    // From the captures: node_errors[id].errors[0] = {message, details, extra_info.input_name}.
    QTest::addRow("bigger than max") << u"d_value_bigger_than_max.json"_s << u"1"_s << u"width"_s
                                     << u"Value 1000000000 bigger than max of 16384: width"_s;
    QTest::addRow("not in list")
        << u"f_combo_value_not_in_list.json"_s << u"2"_s << u"upscale_method"_s
        << u"Value not in list: upscale_method: 'bogus-method' not in ['nearest-exact', 'bilinear', 'area', 'bicubic', 'lanczos']"_s;
}

void tst_JobFailureInputs::rejectedValueOnItsInput()
{
    QFETCH(QString, capture);
    QFETCH(QString, node);
    QFETCH(QString, input);
    QFETCH(QString, message);
    const JobFailure failure = rejectedWith(capture);
    QCOMPARE(failure.nodeErrors.size(), 1);
    const QList<InputError> errors = inputErrorsOf(failure);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().nodeId, node);
    QCOMPARE(errors.constFirst().inputName, input);
    QCOMPARE(errors.constFirst().message, message);
    QVERIFY(errors.constFirst().fromServer);
}

void tst_JobFailureInputs::executionErrorOnItsNode()
{
    JobFailure failure;
    failure.message = u"Failed on node 4"_s;
    failure.nodeId = u"4"_s;
    failure.exceptionMessage = u"CUDA out of memory"_s;
    QList<InputError> errors = inputErrorsOf(failure);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().nodeId, u"4"_s);
    QVERIFY(errors.constFirst().inputName.isEmpty()); // the whole node
    QCOMPARE(errors.constFirst().message, u"CUDA out of memory"_s);
    failure.exceptionMessage.clear();
    errors = inputErrorsOf(failure);
    QCOMPARE(errors.constFirst().message, u"Failed on node 4"_s);
}

void tst_JobFailureInputs::noNodeNoErrors()
{
    JobFailure failure;
    failure.message = u"The server could not be reached"_s;
    QVERIFY(inputErrorsOf(failure).isEmpty());
    failure.rejected = true; // a 400 without node_errors ("no outputs")
    failure.nodeErrors = rejectedWith(u"h_no_output_nodes.json"_s).nodeErrors;
    QVERIFY(inputErrorsOf(failure).isEmpty());
}

QTEST_GUILESS_MAIN(tst_JobFailureInputs)
#include "tst_jobfailureinputs.moc"
