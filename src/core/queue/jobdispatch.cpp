#include "jobdispatch.h"

namespace Easel {

JobDispatch::JobDispatch(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Easel::SavedOutput>();
    qRegisterMetaType<Easel::JobOutcome>();
}

JobDispatch::~JobDispatch() = default;

} // namespace Easel
