import Testing

@testable import APISpecCore

@Suite struct EntryStackTests {
    /// Counts its instances alive, to see each entry released once: moved out, not copied.
    final class Counted {
        nonisolated(unsafe) static var alive = 0
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.alive += 1
        }
        deinit { Self.alive -= 1 }
    }

    @Test func nestedRunsComeOutWholeInOrder() {
        let stack = EntryStack<Int>(capacity: 2)
        stack.append(1)
        stack.append(2)
        let inner = stack.count
        for value in 10..<20 { stack.append(value) }
        #expect(Array(stack.run(from: inner)) == Array(10..<20))
        let innerRun = stack.removeRun(from: inner)
        #expect(innerRun == Array(10..<20))
        // Its own size, give or take the allocator's rounding: not grown by doubling.
        #expect(innerRun.capacity - innerRun.count <= 2)
        stack.append(3)
        #expect(stack.removeRun(from: 0) == [1, 2, 3])
        #expect(stack.count == 0)
        #expect(stack.removeRun(from: 0).isEmpty)
    }

    @Test func aLargeRunIsGivenBackAndTheRestKept() {
        let stack = EntryStack<Int>(capacity: 4)
        stack.append(-1)
        for value in 0..<20_000 { stack.append(value) }
        #expect(stack.removeRun(from: 1) == Array(0..<20_000))
        // The stack still works after giving its room back.
        stack.append(-2)
        #expect(stack.removeRun(from: 0) == [-1, -2])
    }

    @Test func entriesAreReleasedOnceWhetherTakenOrLeft() {
        let before = Counted.alive
        do {
            let stack = EntryStack<Counted>(capacity: 1)
            for value in 0..<100 { stack.append(Counted(value)) }
            let taken = stack.removeRun(from: 60)
            #expect(taken.map(\.value) == Array(60..<100))
            #expect(Counted.alive == before + 100)
            // Left on the stack, as when a load stops with lists still open.
            _ = stack
        }
        #expect(Counted.alive == before)
    }

    /// The loader's open containers: changed where they are, the last taken off whole.
    @Test func elementsChangeInPlaceAndTheLastIsTakenOnce() {
        final class Item {
            let value: Int
            init(_ value: Int) { self.value = value }
        }
        weak var taken: Item?
        weak var left: Item?
        do {
            let stack = EntryStack<(count: Int, item: Item)>(capacity: 1)
            for value in 0..<3 { stack.append((0, Item(value))) }
            left = stack.element(at: 0).pointee.item
            stack.element(at: 2).pointee.count += 5
            stack.element(at: 0).pointee.count += 1
            #expect(stack.element(at: 1).pointee.item.value == 1)
            let last = stack.removeLast()
            taken = last.item
            #expect(last.count == 5 && last.item.value == 2)
            #expect(stack.count == 2)
            #expect(stack.element(at: 0).pointee.count == 1)
            stack.append((7, Item(3)))
            #expect(stack.run(from: 0).map(\.count) == [1, 0, 7])
            #expect(left != nil && taken != nil)
        }
        // Released with the stack and the value taken off it, each once.
        #expect(left == nil && taken == nil)
    }
}
