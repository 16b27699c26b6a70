// Every JSON response body in ../shared/captures through WireParsers; expected values are
// copied from the fixture files.
#include "wireparsers.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Easel;

static QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

class tst_WireParsers : public QObject
{
    Q_OBJECT
private slots:
    void queuedPrompt_data();
    void queuedPrompt();
    void queue_data();
    void queue();
    void history_data();
    void history();
    void historyDetails();
    void rejectedPrompt_data();
    void rejectedPrompt();
    void malformedJson500();
    void features();
    void systemStats();
    void stringLists_data();
    void stringLists();
    void uploads_data();
    void uploads();
    void queueRemaining_data();
    void queueRemaining();
    void objectInfoUnknownNode();
    void malformedJsonReportsLineColumn();
    void unexpectedShapes();
    void htmlErrorPage();
};

void tst_WireParsers::queuedPrompt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("promptId");
    QTest::addColumn<double>("number");
    const struct { const char *file, *id; double number; } rows[] = {
        {"prompt_ok_response.json", "be4ecc82-3134-4162-9406-8cc31e67aa74", 0},
        {"run_save_image/post_prompt.response.json", "be4ecc82-3134-4162-9406-8cc31e67aa74", 0},
        {"run_save_image_cached/post_prompt.response.json", "a0f65f9d-2c2d-4aa6-b409-a3e1430884fa", 1},
        {"run_preview_image/post_prompt.response.json", "8775a26d-e634-435c-92f9-92d94446a6a7", 2},
        {"run_progress_preview_jpeg_legacy/post_prompt.response.json", "c07da337-e884-4ce5-9847-fb239f2e7507", 3},
        {"run_progress_preview_png_legacy/post_prompt.response.json", "116a0c13-317b-446f-9995-44e56abb9685", 4},
        {"run_progress_preview_jpeg_metadata/post_prompt.response.json", "8cbfdf3d-8102-4140-a91f-ebd7519a34e1", 5},
        {"run_progress_preview_png_metadata/post_prompt.response.json", "c0310968-bd5b-4b57-9d54-c92d4b1ab87c", 6},
        {"run_save_image_websocket/post_prompt.response.json", "5d766656-f872-4789-9646-9936114b63f1", 7},
        {"run_without_client_id/post_prompt.response.json", "ab1b43f1-b120-4bfc-94ad-afa7b829cf86", 8},
        {"run_execution_error/post_prompt.response.json", "41ec2800-98ba-43e0-9235-87424316ce96", 23},
        {"run_interrupt_global/post_prompt.response.json", "5c4df5f2-f981-4857-a5ba-5e39d391fc34", 24},
        {"run_interrupt_targeted/post_prompt.response.json", "a95197e9-b468-4518-aee3-9a2190d70c70", 25},
        {"ws_reconnect_during_execution/post_prompt.response.json", "0b896280-d9a8-4b27-b47c-8cc6c741258a", 26},
        {"queue_management/post_prompt_0.json", "83d51ec9-6193-4b14-b74b-7b359ae064a6", 27},
        {"queue_management/post_prompt_1.json", "2b5cf95e-43ba-4b4b-bbea-eb68848edc19", 28},
        {"queue_management/post_prompt_2.json", "dcb69c96-887a-4ca5-9be1-9dfc4da4ece6", 29},
        {"queue_management/post_prompt_3.json", "d0c7a221-21c7-470b-ba58-4a2b631b5f72", 30},
        {"queue_front_and_number/post_prompt_slow.json", "16e612a3-7372-4ef0-9b46-f1c02090cc63", 31},
        {"queue_front_and_number/post_prompt_back.json", "b1dbc897-5908-4f1a-8700-32a33820cf1b", 32},
        {"queue_front_and_number/post_prompt_front.json", "cc3be5bb-efcb-450d-bcd9-bc8b91a6d6d7", -33},
        {"queue_front_and_number/post_prompt_number.json", "capture-fixed-prompt-id-0001", 1000.5},
    };
    for (const auto &row : rows)
        QTest::addRow("%s", row.file) << QString::fromLatin1(row.file) << QString::fromLatin1(row.id)
                                      << row.number;
}

void tst_WireParsers::queuedPrompt()
{
    QFETCH(QString, file);
    QFETCH(QString, promptId);
    QFETCH(double, number);
    const auto result = WireParsers::parseQueuedPrompt(fixture(file), u"POST /prompt"_s);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result.value().promptId, promptId);
    QCOMPARE(result.value().number, number);
    QVERIFY(result.value().nodeErrors.isEmpty());
}

void tst_WireParsers::queue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("running");
    QTest::addColumn<QStringList>("pending"); // in run order
    QTest::addColumn<QList<double>>("pendingNumbers");
    const QStringList none;
    QTest::addRow("queue_empty") << u"queue_empty.json"_s << none << none << QList<double>{};
    QTest::addRow("http/queue_empty") << u"http/queue_empty.json"_s << none << none << QList<double>{};
    QTest::addRow("history/queue_final") << u"history/queue_final.json"_s << none << none << QList<double>{};
    QTest::addRow("run_save_image/queue_right_after_post")
        << u"run_save_image/queue_right_after_post.json"_s
        << QStringList{u"be4ecc82-3134-4162-9406-8cc31e67aa74"_s} << none << QList<double>{};
    for (const char *dir : {"run_save_image", "run_save_image_cached", "run_preview_image",
                            "run_progress_preview_jpeg_legacy", "run_progress_preview_png_legacy",
                            "run_progress_preview_jpeg_metadata",
                            "run_progress_preview_png_metadata", "run_save_image_websocket",
                            "run_without_client_id", "run_execution_error",
                            "run_interrupt_global", "run_interrupt_targeted",
                            "queue_front_and_number"}) {
        QTest::addRow("%s/queue_after", dir)
            << QString::fromLatin1(dir) + u"/queue_after.json"_s << none << none << QList<double>{};
    }
    QTest::addRow("interrupt_global during") << u"run_interrupt_global/queue_during.json"_s
        << QStringList{u"5c4df5f2-f981-4857-a5ba-5e39d391fc34"_s} << none << QList<double>{};
    QTest::addRow("interrupt_targeted during") << u"run_interrupt_targeted/queue_during.json"_s
        << QStringList{u"a95197e9-b468-4518-aee3-9a2190d70c70"_s} << none << QList<double>{};
    const QString running27 = u"83d51ec9-6193-4b14-b74b-7b359ae064a6"_s;
    QTest::addRow("1 running + 3 pending")
        << u"queue_management/queue_during_running_plus_3_pending.json"_s << QStringList{running27}
        << QStringList{u"2b5cf95e-43ba-4b4b-bbea-eb68848edc19"_s,
                       u"dcb69c96-887a-4ca5-9be1-9dfc4da4ece6"_s,
                       u"d0c7a221-21c7-470b-ba58-4a2b631b5f72"_s}
        << QList<double>{28, 29, 30};
    QTest::addRow("after delete") << u"queue_management/queue_after_delete.json"_s
        << QStringList{running27}
        << QStringList{u"dcb69c96-887a-4ca5-9be1-9dfc4da4ece6"_s,
                       u"d0c7a221-21c7-470b-ba58-4a2b631b5f72"_s}
        << QList<double>{29, 30};
    QTest::addRow("after clear") << u"queue_management/queue_after_clear.json"_s
        << QStringList{running27} << none << QList<double>{};
    QTest::addRow("after finish") << u"queue_management/queue_after_finish.json"_s << none << none
        << QList<double>{};
    QTest::addRow("front and number") << u"queue_front_and_number/queue_during.json"_s
        << QStringList{u"16e612a3-7372-4ef0-9b46-f1c02090cc63"_s}
        << QStringList{u"cc3be5bb-efcb-450d-bcd9-bc8b91a6d6d7"_s,
                       u"b1dbc897-5908-4f1a-8700-32a33820cf1b"_s,
                       u"capture-fixed-prompt-id-0001"_s}
        << QList<double>{-33, 32, 1000.5};
}

void tst_WireParsers::queue()
{
    QFETCH(QString, file);
    QFETCH(QStringList, running);
    QFETCH(QStringList, pending);
    QFETCH(QList<double>, pendingNumbers);
    const auto result = WireParsers::parseQueue(fixture(file), u"GET /queue"_s);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QStringList runningIds;
    for (const QueueItem &item : result.value().running)
        runningIds.append(item.promptId);
    QStringList pendingIds;
    QList<double> numbers;
    for (const QueueItem &item : result.value().pending) {
        pendingIds.append(item.promptId);
        numbers.append(item.number);
        QCOMPARE(item.outputsToExecute, QStringList{u"3"_s});
        QCOMPARE(item.extraData.value("client_id"_L1).toString(), u"capture-client"_s);
    }
    QCOMPARE(runningIds, running);
    QCOMPARE(pendingIds, pending);
    QCOMPARE(numbers, pendingNumbers);
}

void tst_WireParsers::history_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ids"); // oldest first
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("files"); // output filenames of the first entry
    const QStringList none;
    for (const char *f : {"history_empty.json", "http/history_empty.json",
                          "history/history_after_clear.json",
                          "history/history_by_id_after_delete.json",
                          "history/history_unknown_id.json",
                          "queue_management/history_by_id_deleted_pending.json"}) {
        QTest::addRow("%s", f) << QString::fromLatin1(f) << none << QString() << none;
    }
    const struct { const char *dir, *id, *status, *file; } runs[] = {
        {"run_save_image", "be4ecc82-3134-4162-9406-8cc31e67aa74", "success", "capture_save_00001_.png"},
        {"run_save_image_cached", "a0f65f9d-2c2d-4aa6-b409-a3e1430884fa", "success", "capture_save_00001_.png"},
        {"run_preview_image", "8775a26d-e634-435c-92f9-92d94446a6a7", "success", "ComfyUI_temp_pnopr_00001_.png"},
        {"run_progress_preview_jpeg_legacy", "c07da337-e884-4ce5-9847-fb239f2e7507", "success", "ComfyUI_temp_pnopr_00002_.png"},
        {"run_progress_preview_png_legacy", "116a0c13-317b-446f-9995-44e56abb9685", "success", "ComfyUI_temp_pnopr_00003_.png"},
        {"run_progress_preview_jpeg_metadata", "8cbfdf3d-8102-4140-a91f-ebd7519a34e1", "success", "ComfyUI_temp_pnopr_00004_.png"},
        {"run_progress_preview_png_metadata", "c0310968-bd5b-4b57-9d54-c92d4b1ab87c", "success", "ComfyUI_temp_pnopr_00005_.png"},
        {"run_save_image_websocket", "5d766656-f872-4789-9646-9936114b63f1", "success", nullptr},
        {"run_without_client_id", "ab1b43f1-b120-4bfc-94ad-afa7b829cf86", "success", "ComfyUI_temp_lbhcy_00001_.png"},
        {"run_execution_error", "41ec2800-98ba-43e0-9235-87424316ce96", "error", nullptr},
        {"run_interrupt_global", "5c4df5f2-f981-4857-a5ba-5e39d391fc34", "error", nullptr},
        {"run_interrupt_targeted", "a95197e9-b468-4518-aee3-9a2190d70c70", "error", nullptr},
    };
    for (const auto &run : runs) {
        QTest::addRow("%s/history_by_id", run.dir)
            << QString::fromLatin1(run.dir) + u"/history_by_id.json"_s
            << QStringList{QString::fromLatin1(run.id)} << QString::fromLatin1(run.status)
            << (run.file ? QStringList{QString::fromLatin1(run.file)} : none);
    }
    QTest::addRow("max_items_2") << u"history/history_max_items_2.json"_s
        << QStringList{u"b1dbc897-5908-4f1a-8700-32a33820cf1b"_s, u"capture-fixed-prompt-id-0001"_s}
        << u"success"_s << QStringList{u"ComfyUI_temp_vseup_00005_.png"_s};
    QTest::addRow("full") << u"history/history_full.json"_s
        << QStringList{u"be4ecc82-3134-4162-9406-8cc31e67aa74"_s, u"a0f65f9d-2c2d-4aa6-b409-a3e1430884fa"_s,
                       u"8775a26d-e634-435c-92f9-92d94446a6a7"_s, u"c07da337-e884-4ce5-9847-fb239f2e7507"_s,
                       u"116a0c13-317b-446f-9995-44e56abb9685"_s, u"8cbfdf3d-8102-4140-a91f-ebd7519a34e1"_s,
                       u"c0310968-bd5b-4b57-9d54-c92d4b1ab87c"_s, u"5d766656-f872-4789-9646-9936114b63f1"_s,
                       u"ab1b43f1-b120-4bfc-94ad-afa7b829cf86"_s, u"41ec2800-98ba-43e0-9235-87424316ce96"_s,
                       u"5c4df5f2-f981-4857-a5ba-5e39d391fc34"_s, u"a95197e9-b468-4518-aee3-9a2190d70c70"_s,
                       u"0b896280-d9a8-4b27-b47c-8cc6c741258a"_s, u"83d51ec9-6193-4b14-b74b-7b359ae064a6"_s,
                       u"16e612a3-7372-4ef0-9b46-f1c02090cc63"_s, u"cc3be5bb-efcb-450d-bcd9-bc8b91a6d6d7"_s,
                       u"b1dbc897-5908-4f1a-8700-32a33820cf1b"_s, u"capture-fixed-prompt-id-0001"_s}
        << u"success"_s << QStringList{u"capture_save_00001_.png"_s};
}

void tst_WireParsers::history()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ids);
    QFETCH(QString, status);
    QFETCH(QStringList, files);
    const auto result = WireParsers::parseHistory(fixture(file), u"GET /history"_s);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QStringList got;
    for (const HistoryEntry &entry : result.value())
        got.append(entry.promptId);
    QCOMPARE(got, ids);
    if (ids.isEmpty())
        return;
    const HistoryEntry &first = result.value().first();
    QCOMPARE(first.statusStr, status);
    QCOMPARE(first.completed, status == "success"_L1);
    QVERIFY(first.startTimestampMs > 0);
    QStringList names;
    for (const NodeOutput &output : first.outputs) {
        QCOMPARE(output.nodeId, u"3"_s);
        for (const OutputFile &f : output.files)
            names.append(f.filename);
    }
    QCOMPARE(names, files);
}

void tst_WireParsers::historyDetails()
{
    auto saved = WireParsers::parseHistory(fixture(u"run_save_image/history_by_id.json"_s), {});
    QVERIFY(saved.isOk());
    const HistoryEntry &e = saved.value().first();
    QCOMPARE(e.number, 0.0);
    QCOMPARE(e.startTimestampMs, 1795596602527);
    QCOMPARE(e.terminalMessageType, u"execution_success"_s);
    QCOMPARE(e.outputsToExecute, QStringList{u"3"_s});
    QCOMPARE(e.extraData.value("client_id"_L1).toString(), u"capture-client"_s);
    QCOMPARE(e.prompt.value("3"_L1).toObject().value("class_type"_L1).toString(), u"SaveImage"_s);
    QCOMPARE(e.outputs.first().files.first(),
             (OutputFile{u"capture_save_00001_.png"_s, QString(), u"output"_s}));

    auto failed = WireParsers::parseHistory(fixture(u"run_execution_error/history_by_id.json"_s), {});
    QVERIFY(failed.isOk());
    QCOMPARE(failed.value().first().terminalMessageType, u"execution_error"_s);
    QCOMPARE(failed.value().first().terminalMessageData.value("node_id"_L1).toString(), u"3"_s);
    QVERIFY(!failed.value().first().completed);

    auto interrupted = WireParsers::parseHistory(fixture(u"run_interrupt_targeted/history_by_id.json"_s), {});
    QVERIFY(interrupted.isOk());
    QCOMPARE(interrupted.value().first().terminalMessageType, u"execution_interrupted"_s);

    auto preview = WireParsers::parseHistory(fixture(u"run_preview_image/history_by_id.json"_s), {});
    QVERIFY(preview.isOk());
    QCOMPARE(preview.value().first().outputs.first().files.first().type, u"temp"_s);
}

void tst_WireParsers::rejectedPrompt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("classType");
    QTest::addColumn<QString>("reasonType");
    QTest::addColumn<QString>("inputName");
    const struct { const char *f, *type, *node, *cls, *reason, *input; } rows[] = {
        {"b2_unknown_class_type_only_node", "invalid_prompt", nullptr, nullptr, nullptr, nullptr},
        {"b_unknown_class_type", "invalid_prompt", nullptr, nullptr, nullptr, nullptr},
        {"c_missing_required_input", "prompt_outputs_failed_validation", "1", "EmptyImage", "required_input_missing", "height"},
        {"d2_value_smaller_than_min", "prompt_outputs_failed_validation", "1", "EmptyImage", "value_smaller_than_min", "width"},
        {"d_value_bigger_than_max", "prompt_outputs_failed_validation", "1", "EmptyImage", "value_bigger_than_max", "width"},
        {"e_link_to_missing_node", "prompt_outputs_failed_validation", "2", "ImageScale", "exception_during_inner_validation", "images"},
        {"f_combo_value_not_in_list", "prompt_outputs_failed_validation", "2", "ImageScale", "value_not_in_list", "upscale_method"},
        {"g_invalid_input_type", "prompt_outputs_failed_validation", "1", "EmptyImage", "invalid_input_type", "width"},
        {"h_no_output_nodes", "prompt_no_outputs", nullptr, nullptr, nullptr, nullptr},
        {"i_no_prompt_key", "no_prompt", nullptr, nullptr, nullptr, nullptr},
        {"j_link_bad_output_index", "prompt_outputs_failed_validation", "3", "SaveImage", "exception_during_validation", ""},
        {"k_link_cycle", "prompt_outputs_failed_validation", nullptr, nullptr, nullptr, nullptr},
        {"l_prompt_not_object", "prompt_no_outputs", nullptr, nullptr, nullptr, nullptr},
        {"m_missing_class_type", "invalid_prompt", nullptr, nullptr, nullptr, nullptr},
    };
    for (const auto &r : rows) {
        QTest::addRow("%s", r.f) << u"errors_post_prompt/%1.json"_s.arg(QLatin1StringView(r.f))
                                 << QString::fromLatin1(r.type) << QString::fromLatin1(r.node)
                                 << QString::fromLatin1(r.cls) << QString::fromLatin1(r.reason)
                                 << QString::fromLatin1(r.input);
    }
}

void tst_WireParsers::rejectedPrompt()
{
    QFETCH(QString, file);
    QFETCH(QString, errorType);
    QFETCH(QString, nodeId);
    QFETCH(QString, classType);
    QFETCH(QString, reasonType);
    QFETCH(QString, inputName);
    const ProtocolError error = WireParsers::httpError(400, fixture(file),
                                                       "application/json; charset=utf-8",
                                                       u"POST /prompt"_s);
    QCOMPARE(error.kind(), ProtocolError::Kind::Http);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.serverErrorType(), errorType);
    QVERIFY(!error.message().isEmpty());
    if (nodeId.isEmpty()) {
        QVERIFY(error.nodeErrors().isEmpty());
        return;
    }
    QCOMPARE(error.nodeErrors().size(), 1);
    const NodeError *node = error.nodeError(nodeId);
    QVERIFY(node);
    QCOMPARE(node->classType, classType);
    QCOMPARE(node->dependentOutputs, QStringList{u"3"_s});
    QCOMPARE(node->reasons.size(), 1);
    QCOMPARE(node->reasons.first().type, reasonType);
    QCOMPARE(node->reasons.first().inputName, inputName);
}

void tst_WireParsers::malformedJson500()
{
    const ProtocolError error = WireParsers::httpError(
        500, fixture(u"errors_post_prompt/a_malformed_json.txt"_s), "text/plain; charset=utf-8",
        u"POST /prompt"_s);
    QCOMPARE(error.kind(), ProtocolError::Kind::Http);
    QCOMPARE(error.httpStatus(), 500);
    QVERIFY(error.message().contains("500"_L1));
    QVERIFY(error.message().contains("Server got itself in trouble"_L1));
}

void tst_WireParsers::features()
{
    for (const QString &file : {u"features.json"_s, u"http/features.json"_s}) {
        const auto result = WireParsers::parseFeatures(fixture(file), u"GET /features"_s);
        QVERIFY(result.isOk());
        QVERIFY(result.value().supportsPreviewMetadata);
        QCOMPARE(result.value().maxUploadSize, 104857600);
    }
}

void tst_WireParsers::systemStats()
{
    for (const QString &file : {u"system_stats.json"_s, u"http/system_stats.json"_s}) {
        const auto result = WireParsers::parseSystemStats(fixture(file), u"GET /system_stats"_s);
        QVERIFY2(result.isOk(), qPrintable(result.error().message()));
        const SystemStats &s = result.value();
        QCOMPARE(s.os, u"posix"_s);
        QCOMPARE(s.comfyuiVersion, u"0.3.64"_s);
        QCOMPARE(s.pytorchVersion, u"1.13.0a0"_s);
        QCOMPARE(s.ramTotal, 25276063744);
        QCOMPARE(s.ramFree, 24600043520);
        QCOMPARE(s.argv.first(), u"main.py"_s);
        QCOMPARE(s.argv.size(), 12);
        QCOMPARE(s.devices.size(), 1);
        QCOMPARE(s.devices.first().name, u"cpu"_s);
        QCOMPARE(s.devices.first().vramTotal, 25276063744);
    }
}

void tst_WireParsers::stringLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addRow("embeddings") << u"embeddings.json"_s << 0 << QString();
    QTest::addRow("http/embeddings") << u"http/embeddings.json"_s << 0 << QString();
    QTest::addRow("extensions") << u"extensions.json"_s << 0 << QString();
    QTest::addRow("models_checkpoints") << u"http/models_checkpoints.json"_s << 0 << QString();
    QTest::addRow("models_list") << u"http/models_list.json"_s << 20 << u"checkpoints"_s;
}

void tst_WireParsers::stringLists()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, first);
    const auto result = WireParsers::parseStringList(fixture(file), u"GET /models"_s);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().size(), count);
    if (count)
        QCOMPARE(result.value().first(), first);
}

void tst_WireParsers::uploads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subfolder");
    QTest::addColumn<QString>("inputValue"); // LoadImage's value: name or subfolder/name (protocol 1.6)
    QTest::addRow("overwrite") << u"upload_image/upload_overwrite_true.json"_s << u"capture_upload.png"_s << QString()
                               << u"capture_upload.png"_s;
    QTest::addRow("same bytes") << u"upload_image/upload_same_bytes_no_overwrite.json"_s << u"capture_upload.png"_s
                                << QString() << u"capture_upload.png"_s;
    QTest::addRow("renamed") << u"upload_image/upload_different_bytes_no_overwrite.json"_s << u"capture_upload (1).png"_s
                             << QString() << u"capture_upload (1).png"_s;
    QTest::addRow("subfolder") << u"upload_image/upload_with_subfolder.json"_s << u"capture_sub.png"_s << u"capture_sub"_s
                               << u"capture_sub/capture_sub.png"_s;
}

void tst_WireParsers::uploads()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, subfolder);
    QFETCH(QString, inputValue);
    const auto result = WireParsers::parseUploadResult(fixture(file), u"POST /upload/image"_s);
    QVERIFY(result.isOk());
    QCOMPARE(result.value().name, name);
    QCOMPARE(result.value().subfolder, subfolder);
    QCOMPARE(result.value().type, u"input"_s);
    QCOMPARE(result.value().inputValue(), inputValue);
    QCOMPARE(result.value().annotatedInputValue(), inputValue + u" [input]"_s);
}

void tst_WireParsers::queueRemaining_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("remaining");
    QTest::addRow("empty") << u"prompt_get_empty.json"_s << 0;
    QTest::addRow("http/empty") << u"http/prompt_get_empty.json"_s << 0;
    QTest::addRow("during") << u"queue_management/get_prompt_during.json"_s << 4;
}

void tst_WireParsers::queueRemaining()
{
    QFETCH(QString, file);
    QFETCH(int, remaining);
    const auto result = WireParsers::parseQueueRemaining(fixture(file), u"GET /prompt"_s);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), remaining);
}

void tst_WireParsers::objectInfoUnknownNode()
{
    const auto result = WireParsers::parseJson(fixture(u"http/object_info_unknown_node.json"_s),
                                               u"GET /object_info/NoSuchNode"_s);
    QVERIFY(result.isOk());
    QVERIFY(result.value().isObject());
    QVERIFY(result.value().object().isEmpty());
}

void tst_WireParsers::malformedJsonReportsLineColumn()
{
    const QByteArray body = "{\n  \"prompt_id\": \"x\",\n  \"number\": ]\n}";
    const auto result = WireParsers::parseQueuedPrompt(body, u"POST /prompt"_s);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().kind(), ProtocolError::Kind::MalformedJson);
    QVERIFY(result.error().jsonOffset() > 0);
    QVERIFY2(result.error().message().contains("line 3"_L1), qPrintable(result.error().message()));
    QCOMPARE(WireParsers::lineColumn("ab\ncd", 4), u"line 2, column 2"_s);
}

void tst_WireParsers::unexpectedShapes()
{
    const auto queue = WireParsers::parseQueue("[]", u"GET /queue"_s);
    QCOMPARE(queue.error().kind(), ProtocolError::Kind::UnexpectedShape);
    QVERIFY(queue.error().message().contains("queue_running"_L1));
    const auto badItem = WireParsers::parseQueue(R"({"queue_running": [[1]], "queue_pending": []})",
                                                 u"GET /queue"_s);
    QCOMPARE(badItem.error().kind(), ProtocolError::Kind::UnexpectedShape);
    const auto prompt = WireParsers::parseQueuedPrompt(R"({"number": 1})", u"POST /prompt"_s);
    QCOMPARE(prompt.error().kind(), ProtocolError::Kind::UnexpectedShape);
    QVERIFY(prompt.error().message().contains("prompt_id"_L1));
    const auto list = WireParsers::parseStringList(R"([1, 2])", u"GET /embeddings"_s);
    QCOMPARE(list.error().kind(), ProtocolError::Kind::UnexpectedShape);
    const auto history = WireParsers::parseHistory(R"({"x": {"prompt": 3}})", u"GET /history"_s);
    QCOMPARE(history.error().kind(), ProtocolError::Kind::UnexpectedShape);
}

void tst_WireParsers::htmlErrorPage()
{
    const ProtocolError error = WireParsers::httpError(
        502, "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
        "text/html", u"GET /queue"_s);
    QCOMPARE(error.kind(), ProtocolError::Kind::Http);
    QCOMPARE(error.httpStatus(), 502);
    QVERIFY2(error.message().contains("Bad Gateway"_L1), qPrintable(error.message()));
    QVERIFY(!error.message().contains("<h1>"_L1));
}

QTEST_GUILESS_MAIN(tst_WireParsers)
#include "tst_wireparsers.moc"
