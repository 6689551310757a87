import Testing
@testable import APISpecCore
