// Fuzz target: the CSV reader (CSVReader) and the table layer over it (CSVTable: header
// checks, field counts, typed values).
//
// Oracle: besides the sanitizers, every field lies inside the input, records start where
// reading resumes, and re-reading from a record start found earlier gives the same fields.
@testable import SegmentsLoading

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    readRecords(bytes)
    readTable(bytes)
    return 0
}

/// Reads every record with the bare reader and checks the fields' byte ranges.
private func readRecords(_ bytes: UnsafeBufferPointer<UInt8>) {
    var reader = CSVReader(file: "fuzz.csv", bytes: bytes)
    var starts: [(offset: Int, line: Int, fields: [CSVField])] = []
    do {
        while try reader.readRecord() {
            precondition(!reader.fields.isEmpty, "a record with no field")
            for field in reader.fields {
                precondition(0 <= field.start && field.start <= field.end && field.end <= bytes.count)
                precondition(field.lineStart <= field.firstByte && field.line >= 1)
                _ = reader.position(of: field)
                if field.hasEscapedQuotes {
                    _ = CSVTable.unescaped(Array(bytes[field.start..<field.end]))
                }
            }
            _ = reader.recordPosition
            if starts.count < 8 { starts.append((reader.recordStart, reader.recordLine, reader.fields)) }
        }
    } catch {
        _ = error.description
    }
    // A reader started at a known record start reads the same record.
    for start in starts {
        var again = CSVReader(file: "fuzz.csv", bytes: bytes, recordStart: start.offset, line: start.line)
        let read = (try? again.readRecord()) ?? false
        precondition(read, "no record at a known record start")
        precondition(again.fields.map(\.start) == start.fields.map(\.start))
        precondition(again.fields.map(\.end) == start.fields.map(\.end))
        precondition(again.fields.map(\.line) == start.fields.map(\.line))
    }
}

/// Reads the input as a table, parsing every field as each kind of value.
private func readTable(_ bytes: UnsafeBufferPointer<UInt8>) {
    do {
        var table = try CSVTable(file: "fuzz.csv", bytes: bytes)
        let columns = table.header.map { table.optionalColumn($0) }
        var text = TextColumn()
        var interner = Interner()
        while try table.nextRow() {
            for column in columns {
                _ = table.isMissing(column)
                _ = table.quotedText(column)
                _ = table.optionalDouble(column)
                _ = table.optionalInt32(column, missing: -1)
                _ = table.optionalTimestamp(column)
                table.text(column, into: &text)
                _ = table.intern(column, into: &interner)
            }
            if let first = columns.first {
                _ = table.primaryKey(first, into: &interner)
                _ = table.requiredTimestamp(first)
            }
            table.keepRow()
        }
        let (quality, log, _) = try table.finish()
        precondition(quality.columns.count == columns.count && quality.rowsKept <= quality.records)
        _ = log.summaries
    } catch {
        _ = error.description
    }
}
