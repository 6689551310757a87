// What the command line needs of the platform, for every file of this target. On Linux,
// FoundationEssentials instead of all of Foundation: Foundation drags in ICU and its data,
// which grows the binary fourfold and costs start-up time on every run
// (docs/performance.md); nothing here needs localized formatting.
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
