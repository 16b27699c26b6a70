#pragma once

#include "outputrecord.h"
#include "protocolerror.h"
#include "wiretypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Easel {

// One output file a job's runner wrote into the library.
struct SavedOutput
{
    QString promptId;
    QString nodeId;
    OutputFile file;
    QString path;        // where it was written
    OutputRecord record; // the library index's row: kind, size, frames, duration, codec, text

    static SavedOutput fromRecord(const OutputRecord &record);
};

// How a prompt ended, and what it left (JobRunner::jobFinished).
struct JobOutcome
{
    enum class Status { Succeeded, Failed, Interrupted, Rejected };
    Status status = Status::Succeeded;
    QString message;     // translated, for the user; empty on success
    QString nodeId;      // the failing node, when one is known
    ProtocolError error; // a rejected prompt's error, with node_errors
    QList<SavedOutput> outputs;
    // execution_error details, for the failure view (empty otherwise).
    QString nodeType;
    QString exceptionType;
    QString exceptionMessage;
    QStringList traceback;
};

} // namespace Easel

Q_DECLARE_METATYPE(Easel::SavedOutput)
Q_DECLARE_METATYPE(Easel::JobOutcome)
