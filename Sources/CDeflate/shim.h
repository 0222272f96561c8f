// zlib, for the index's compressed paragraph store (Sources/ReportStore/ParagraphCodec.swift).
#include <zlib.h>
