// Opening and converting saved workflows: a 245-node one and a generated 10,000-node one
// with subgraphs and primitives (targets: 20 ms and 150 ms, parse + conversion).
#include "nodecatalogue.h"
#include "promptconverter.h"
#include "savedworkflow.h"
#include "structureedit.h"
#include "workflowdocument.h"
#include "workflowfile.h"
#include "workflowmodel.h"

#include <QFile>
#include <QTest>
#include <QUndoStack>

using namespace Easel;

namespace {

// One txt2img chain of 8 nodes (ids base+1..base+8), a PrimitiveNode driving steps.
void appendBlock(QByteArray &nodes, QByteArray &links, int base, int &linkId, bool first)
{
    auto id = [base](int k) { return QByteArray::number(base + k); };
    auto link = [&](int from, int slot, int to, int toSlot, const char *type) {
        const QByteArray l = QByteArray::number(++linkId);
        if (!links.isEmpty())
            links += ", ";
        links += "[" + l + ", " + id(from) + ", " + QByteArray::number(slot) + ", " + id(to) + ", "
            + QByteArray::number(toSlot) + ", \"" + type + "\"]";
        return l;
    };
    const QByteArray model = link(1, 0, 5, 0, "MODEL"), clip1 = link(1, 1, 2, 0, "CLIP"),
                     clip2 = link(1, 1, 3, 0, "CLIP"), pos = link(2, 0, 5, 1, "CONDITIONING"),
                     neg = link(3, 0, 5, 2, "CONDITIONING"), lat = link(4, 0, 5, 3, "LATENT"),
                     steps = link(8, 0, 5, 4, "INT"), samp = link(5, 0, 6, 0, "LATENT"),
                     vae = link(1, 2, 6, 1, "VAE"), img = link(6, 0, 7, 0, "IMAGE");
    if (!first)
        nodes += ", ";
    nodes += "{\"id\": " + id(1) + ", \"type\": \"CheckpointLoaderSimple\", \"pos\": [0, 0], \"size\": [315, 98], "
             "\"mode\": 0, \"outputs\": [{\"name\": \"MODEL\", \"type\": \"MODEL\", \"links\": [" + model + "]}, "
             "{\"name\": \"CLIP\", \"type\": \"CLIP\", \"links\": [" + clip1 + ", " + clip2 + "]}, "
             "{\"name\": \"VAE\", \"type\": \"VAE\", \"links\": [" + vae + "]}], \"properties\": {}, "
             "\"widgets_values\": [\"v1-5-pruned-emaonly.safetensors\"]}, ";
    for (int k : {2, 3}) {
        nodes += "{\"id\": " + id(k) + ", \"type\": \"CLIPTextEncode\", \"pos\": [0, 0], \"mode\": 0, "
                 "\"inputs\": [{\"name\": \"clip\", \"type\": \"CLIP\", \"link\": " + (k == 2 ? clip1 : clip2) + "}], "
                 "\"outputs\": [{\"name\": \"CONDITIONING\", \"type\": \"CONDITIONING\", \"links\": ["
                 + (k == 2 ? pos : neg) + "]}], \"properties\": {}, \"widgets_values\": [\"a castle on a hill, "
                 "golden hour, highly detailed\"]}, ";
    }
    nodes += "{\"id\": " + id(4) + ", \"type\": \"EmptyLatentImage\", \"mode\": 0, \"outputs\": [{\"name\": "
             "\"LATENT\", \"type\": \"LATENT\", \"links\": [" + lat + "]}], \"widgets_values\": [512, 512, 1]}, ";
    nodes += "{\"id\": " + id(5) + ", \"type\": \"KSampler\", \"mode\": 0, \"inputs\": ["
             "{\"name\": \"model\", \"type\": \"MODEL\", \"link\": " + model + "}, "
             "{\"name\": \"positive\", \"type\": \"CONDITIONING\", \"link\": " + pos + "}, "
             "{\"name\": \"negative\", \"type\": \"CONDITIONING\", \"link\": " + neg + "}, "
             "{\"name\": \"latent_image\", \"type\": \"LATENT\", \"link\": " + lat + "}, "
             "{\"name\": \"steps\", \"type\": \"INT\", \"widget\": {\"name\": \"steps\"}, \"link\": " + steps + "}], "
             "\"outputs\": [{\"name\": \"LATENT\", \"type\": \"LATENT\", \"links\": [" + samp + "]}], "
             "\"widgets_values\": [18446744073709551615, \"randomize\", 20, 8, \"euler\", \"normal\", 1]}, ";
    nodes += "{\"id\": " + id(6) + ", \"type\": \"VAEDecode\", \"mode\": 0, \"inputs\": ["
             "{\"name\": \"samples\", \"type\": \"LATENT\", \"link\": " + samp + "}, "
             "{\"name\": \"vae\", \"type\": \"VAE\", \"link\": " + vae + "}], \"outputs\": [{\"name\": \"IMAGE\", "
             "\"type\": \"IMAGE\", \"links\": [" + img + "]}], \"widgets_values\": []}, ";
    nodes += "{\"id\": " + id(7) + ", \"type\": \"SaveImage\", \"mode\": 0, \"inputs\": [{\"name\": \"images\", "
             "\"type\": \"IMAGE\", \"link\": " + img + "}], \"widgets_values\": [\"ComfyUI\"]}, ";
    nodes += "{\"id\": " + id(8) + ", \"type\": \"PrimitiveNode\", \"mode\": 0, \"outputs\": [{\"name\": \"INT\", "
             "\"type\": \"INT\", \"links\": [" + steps + "], \"widget\": {\"name\": \"steps\"}}], "
             "\"widgets_values\": [25, \"fixed\"]}";
}

// blocks at the root; every fourth one is an instance of a subgraph holding a block.
QByteArray generate(int blocks)
{
    QByteArray nodes, links, innerNodes, innerLinks;
    int linkId = 0;
    int innerLinkId = 0;
    appendBlock(innerNodes, innerLinks, 0, innerLinkId, true);
    bool first = true;
    for (int b = 0; b < blocks; ++b) {
        if (b % 4 == 3) {
            nodes += ", {\"id\": " + QByteArray::number(b * 10 + 1) + ", \"type\": \"sg-block\", \"mode\": 0, "
                     "\"inputs\": [], \"outputs\": [], \"widgets_values\": []}";
            continue;
        }
        appendBlock(nodes, links, b * 10, linkId, first);
        first = false;
    }
    return "{\"last_node_id\": " + QByteArray::number(blocks * 10) + ", \"nodes\": [" + nodes + "], \"links\": ["
        + links + "], \"groups\": [], \"config\": {}, \"extra\": {\"ds\": {\"scale\": 1, \"offset\": [0, 0]}}, "
        "\"definitions\": {\"subgraphs\": [{\"id\": \"sg-block\", \"name\": \"Block\", \"inputs\": [], "
        "\"outputs\": [], \"nodes\": [" + innerNodes + "], \"links\": [" + innerLinks.replace('[', "[").replace(']', "]")
        + "]}]}, \"version\": 0.4}";
}

} // namespace

class bench_Workflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void saved245();
    void saved10k();
    // Structure edits (issue 22) run on the GUI thread: the edit with its check (two
    // conversions), and the link combo's list of compatible outputs.
    void insertNode245();
    void compatibleSources245();
    // What stays on the GUI thread when the edit and its check run on a worker
    // (WorkflowModel::submitStructureEdit): the copy of the document handed to the worker,
    // and applying the result (one undo or redo of it: the tree replaced, the document's
    // nodes and labels rebuilt, the views' indexes carried over).
    void documentCopy245();
    void applyStructureEdit245();

private:
    WorkflowDocument document245() const;
    int run(const QByteArray &json);
    NodeCatalogue m_catalogue;
    QByteArray m_small;
    QByteArray m_large;
};

void bench_Workflow::initTestCase()
{
    QFile file(QStringLiteral(EASEL_SHARED_DIR "/captures/object_info.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_catalogue = NodeCatalogue::fromJson(file.readAll());
    m_small = generate(35);   // 27 root blocks + 8 instances: 245 executable nodes (PrimitiveNodes included)
    m_large = generate(1430); // 1,073 root blocks + 357 instances: 11,440 nodes in all
    qInfo("245-node file: %.2f MB, %d prompt nodes; 10k file: %.2f MB, %d prompt nodes",
          m_small.size() / 1048576.0, run(m_small), m_large.size() / 1048576.0, run(m_large));
}

int bench_Workflow::run(const QByteArray &json)
{
    QString error;
    const WorkflowFile file = WorkflowFile::fromJson(json, QStringLiteral("bench"), &error);
    if (file.isNull())
        qFatal("%s", qPrintable(error));
    const SavedWorkflow saved = SavedWorkflow::fromTree(file.tree(), nullptr);
    return PromptConverter(m_catalogue).convert(saved).prompt.size();
}

void bench_Workflow::saved245()
{
    int nodes = 0;
    QBENCHMARK {
        nodes = run(m_small);
    }
    QVERIFY(nodes > 200);
}

void bench_Workflow::saved10k()
{
    int nodes = 0;
    QBENCHMARK {
        nodes = run(m_large);
    }
    QVERIFY(nodes > 8000);
}

WorkflowDocument bench_Workflow::document245() const
{
    WorkflowDocument doc(JsonTree::parse(m_small), WorkflowDocument::Format::Saved, QStringLiteral("bench"));
    doc.setCatalogue(std::make_shared<NodeCatalogue>(m_catalogue));
    return doc;
}

void bench_Workflow::insertNode245()
{
    const WorkflowDocument doc = document245();
    StructureEdit::Result result;
    QBENCHMARK {
        result = StructureEdit(doc).insertNode(QStringLiteral("1"), QStringLiteral("LoraLoader"),
                                               StructureEdit::Placement::After);
    }
    QVERIFY2(result.ok, qPrintable(result.error));
}

void bench_Workflow::compatibleSources245()
{
    const WorkflowDocument doc = document245();
    qsizetype count = 0;
    QBENCHMARK {
        count = StructureEdit(doc).compatibleSources(QStringLiteral("5"), QStringLiteral("positive")).size();
    }
    QVERIFY(count > 10);
}

void bench_Workflow::documentCopy245()
{
    const WorkflowDocument doc = document245();
    qsizetype nodes = 0;
    QBENCHMARK {
        const WorkflowDocument copy = doc;
        nodes = copy.nodes().size();
    }
    QVERIFY(nodes > 0);
}

void bench_Workflow::applyStructureEdit245()
{
    WorkflowModel model;
    model.setDocument(document245());
    QVERIFY2(!model.insertNode(QStringLiteral("1"), QStringLiteral("LoraLoader"), StructureEdit::Placement::After)
                  .isEmpty(),
             qPrintable(model.lastError()));
    bool undone = false;
    QBENCHMARK {
        // One application per iteration, alternately taking the edit back and making it.
        if (undone)
            model.undoStack()->redo();
        else
            model.undoStack()->undo();
        undone = !undone;
    }
    QVERIFY(model.document().nodes().size() > 0);
}

QTEST_GUILESS_MAIN(bench_Workflow)
#include "bench_workflow.moc"
