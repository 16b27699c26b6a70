# Precompiled Qt headers for the libraries with many files. A clean build (every CI run,
# every fresh machine's ./easel.sh) otherwise parses the same QtCore and QtWidgets headers
# once for each of several hundred files, most of a file's compile time. Off by default so a
# developer's incremental build (and ccache) sees each file's own includes, which catches a
# missing #include; ./easel.sh turns it on for its clean builds.
option(EASEL_PCH "Precompile the Qt headers the libraries' files share (./easel.sh turns it on)" OFF)

set(EASEL_PCH_CORE_HEADERS
    <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QByteArray> <QtCore/QList>
    <QtCore/QHash> <QtCore/QSet> <QtCore/QVariant> <QtCore/QJsonDocument> <QtCore/QJsonObject>
    <QtCore/QJsonArray> <QtCore/QJsonValue> <QtCore/QFile> <QtCore/QDir> <QtCore/QFileInfo>
    <QtCore/QTimer> <QtCore/QUrl> <QtCore/QDateTime> <QtCore/QPointer> <QtCore/QFuture>
    <memory> <functional> <algorithm> <optional> <utility> <vector>)
set(EASEL_PCH_WIDGETS_HEADERS ${EASEL_PCH_CORE_HEADERS}
    <QtGui/QImage> <QtGui/QPainter> <QtGui/QAction> <QtWidgets/QWidget> <QtWidgets/QApplication>
    <QtWidgets/QLabel> <QtWidgets/QPushButton> <QtWidgets/QToolButton> <QtWidgets/QMenu>
    <QtWidgets/QBoxLayout> <QtWidgets/QComboBox> <QtWidgets/QLineEdit>
    <QtWidgets/QAbstractItemView> <QtWidgets/QStyle>)

# easel_precompile_headers(KIND TARGET...): KIND is CORE (QtCore only) or WIDGETS. Only
# libraries of several files gain: a precompiled header costs about one file's compile.
function(easel_precompile_headers kind)
    if(NOT EASEL_PCH)
        return()
    endif()
    foreach(target IN LISTS ARGN)
        if(TARGET ${target})
            target_precompile_headers(${target} PRIVATE ${EASEL_PCH_${kind}_HEADERS})
        endif()
    endforeach()
endfunction()
