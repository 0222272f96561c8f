import Foundation

import ReportText

public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8", utf8BOM = "UTF-8-BOM", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    case gb18030 = "GB18030", big5 = "Big5"
}

public enum Script: String, Sendable, Codable { case simplified, traditional }
