#include "secretstore.h"

#include <QTimer>

namespace Easel {

void SecretStore::answerLater(Callback done, Reply reply)
{
    QTimer::singleShot(0, this, [done = std::move(done), reply = std::move(reply)] {
        if (done)
            done(reply);
    });
}

} // namespace Easel
