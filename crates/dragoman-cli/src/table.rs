//! Typed tables for the CSV and Parquet exports.
//!
//! A [`Table`] is a list of named, typed [`Column`]s (strings, nullable
//! strings, integers, booleans) and rows of [`Cell`]s checked against them
//! as they are pushed. [`Table::write_csv`] writes a header row and RFC 4180
//! quoting (null is an empty field); [`Table::write_parquet`] writes one
//! Parquet file (Arrow types `Utf8`, `Int64`, `Boolean`; Snappy pages).
//! List values (participants, variants) are flattened by the callers to
//! `; `-joined strings, so every column is a scalar.

use std::io::Write;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use arrow_array::{ArrayRef, BooleanArray, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

/// A column's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// A string, never null.
    Str,
    /// A string or null (a missing date, mode or speaker).
    OptStr,
    /// A 64-bit integer.
    Int,
    /// A boolean.
    Bool,
}

/// One value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Str(String),
    Null,
    Int(i64),
    Bool(bool),
}

impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Str(s)
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Str(s.to_string())
    }
}

impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Cell {
        s.map_or(Cell::Null, Cell::Str)
    }
}

impl From<bool> for Cell {
    fn from(b: bool) -> Cell {
        Cell::Bool(b)
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// Named, typed columns and their rows.
#[derive(Debug, Clone)]
pub struct Table {
    columns: Vec<(&'static str, Column)>,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(columns: &[(&'static str, Column)]) -> Table {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row; it must have one cell per column, of the column's type.
    pub fn push(&mut self, row: Vec<Cell>) -> Result<()> {
        if row.len() != self.columns.len() {
            bail!(
                "a row of {} cells for {} columns",
                row.len(),
                self.columns.len()
            );
        }
        for ((name, kind), cell) in self.columns.iter().zip(&row) {
            let fits = matches!(
                (kind, cell),
                (Column::Str, Cell::Str(_))
                    | (Column::OptStr, Cell::Str(_) | Cell::Null)
                    | (Column::Int, Cell::Int(_))
                    | (Column::Bool, Cell::Bool(_))
            );
            if !fits {
                bail!("column {name}: {cell:?} is not a {kind:?}");
            }
        }
        self.rows.push(row);
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// A header row, then one record per row.
    pub fn write_csv(&self, out: impl Write) -> Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(self.columns.iter().map(|(name, _)| *name))?;
        for row in &self.rows {
            w.write_record(row.iter().map(|c| match c {
                Cell::Str(s) => s.clone(),
                Cell::Null => String::new(),
                Cell::Int(n) => n.to_string(),
                Cell::Bool(b) => b.to_string(),
            }))?;
        }
        w.flush()?;
        Ok(())
    }

    /// The table as one Arrow record batch.
    fn batch(&self) -> Result<RecordBatch> {
        let fields: Vec<Field> = self
            .columns
            .iter()
            .map(|(name, kind)| {
                let ty = match kind {
                    Column::Str | Column::OptStr => DataType::Utf8,
                    Column::Int => DataType::Int64,
                    Column::Bool => DataType::Boolean,
                };
                Field::new(*name, ty, *kind == Column::OptStr)
            })
            .collect();
        let arrays: Vec<ArrayRef> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, (_, kind))| -> ArrayRef {
                let cells = self.rows.iter().filter_map(|r| r.get(i));
                match kind {
                    Column::Str | Column::OptStr => Arc::new(StringArray::from(
                        cells
                            .map(|c| match c {
                                Cell::Str(s) => Some(s.as_str()),
                                _ => None,
                            })
                            .collect::<Vec<_>>(),
                    )),
                    Column::Int => Arc::new(Int64Array::from(
                        cells
                            .map(|c| match c {
                                Cell::Int(n) => *n,
                                _ => 0,
                            })
                            .collect::<Vec<_>>(),
                    )),
                    Column::Bool => Arc::new(BooleanArray::from(
                        cells
                            .map(|c| matches!(c, Cell::Bool(true)))
                            .collect::<Vec<_>>(),
                    )),
                }
            })
            .collect();
        Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)?)
    }

    /// One Parquet file with the table's schema.
    pub fn write_parquet(&self, out: impl Write + Send) -> Result<()> {
        let batch = self.batch()?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("dragoman {}", env!("CARGO_PKG_VERSION")))
            .build();
        let mut w = ArrowWriter::try_new(out, batch.schema(), Some(props))
            .context("cannot start the Parquet file")?;
        w.write(&batch).context("cannot write the Parquet rows")?;
        w.close().context("cannot finish the Parquet file")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut t = Table::new(&[
            ("id", Column::Str),
            ("date", Column::OptStr),
            ("n", Column::Int),
            ("ok", Column::Bool),
        ]);
        t.push(vec!["a, b".into(), Cell::Null, 3usize.into(), true.into()])
            .unwrap();
        t.push(vec![
            "say \"no\"".into(),
            Some("2024-05-14".to_string()).into(),
            Cell::Int(-1),
            false.into(),
        ])
        .unwrap();
        t
    }

    #[test]
    fn rows_must_fit_the_columns() {
        let mut t = sample();
        assert!(t.push(vec!["x".into()]).is_err());
        assert!(t
            .push(vec![Cell::Null, Cell::Null, Cell::Int(1), false.into()])
            .is_err());
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn csv_quotes_and_leaves_nulls_empty() {
        let mut out = Vec::new();
        sample().write_csv(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "id,date,n,ok\n\"a, b\",,3,true\n\"say \"\"no\"\"\",2024-05-14,-1,false\n"
        );
    }

    #[test]
    fn the_batch_has_typed_nullable_columns() {
        let b = sample().batch().unwrap();
        assert_eq!(b.num_rows(), 2);
        assert_eq!(b.schema().field(1).data_type(), &DataType::Utf8);
        assert!(b.schema().field(1).is_nullable());
        assert!(!b.schema().field(0).is_nullable());
        assert_eq!(b.column(1).null_count(), 1);
        assert_eq!(b.schema().field(2).data_type(), &DataType::Int64);
        let mut out = Vec::new();
        sample().write_parquet(&mut out).unwrap();
        assert!(out.starts_with(b"PAR1") && out.ends_with(b"PAR1"));
    }
}
