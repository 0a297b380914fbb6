using System;
using System.IO;
using System.Text;

namespace SpofAudit.Export
{
    /// <summary>
    /// Writes a report or graph file so that a reader only ever sees the previous file or the complete new one:
    /// the text goes to a temporary file beside the target, is flushed to disk, and is then renamed over the
    /// target. A failure at any point (an exception while rendering, a full disk, the process killed) leaves the
    /// previous file as it was and no temporary file behind, except a hidden one after a kill.
    /// A symbolic link at the target is refused: writing through it would overwrite whatever it points at, and a
    /// link planted in a shared output folder would turn a report run into an overwrite of another file. Both
    /// faces (the CLI's --output, the cmdlets' -Path/-OutFile) write through this one class.
    /// </summary>
    public static class ReportFileWriter
    {
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Renders into <paramref name="path"/> atomically, as UTF-8 without a byte-order mark.</summary>
        /// <param name="path">The report file; relative to the current directory.</param>
        /// <param name="render">Writes the text; an exception from it leaves the previous file as it was.</param>
        /// <param name="replaceReadOnly">
        /// Replace a read-only file (and leave the new one read-only); without it a read-only target is an
        /// <see cref="UnauthorizedAccessException"/>, as writing to it in place would be.
        /// </param>
        /// <exception cref="IOException">The target is a symbolic link or a directory, or the disk failed.</exception>
        /// <exception cref="UnauthorizedAccessException">The target is read-only, or the folder is not writable.</exception>
        public static void Write(string path, Action<TextWriter> render, bool replaceReadOnly = false)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (render == null)
            {
                throw new ArgumentNullException(nameof(render));
            }

            var target = Path.GetFullPath(path);
            var readOnly = CheckTarget(target, replaceReadOnly);
            var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    using (var writer = new StreamWriter(stream, Utf8NoBom))
                    {
                        render(writer);
                        writer.Flush();
                        stream.Flush(flushToDisk: true);
                    }
                }

                MoveOver(temporary, target, readOnly);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }

        /// <summary>Whether something (a file or a folder) stands at <paramref name="path"/>: what -NoClobber / --no-clobber refuse.</summary>
        public static bool Occupied(string path) => File.Exists(path) || Directory.Exists(path);

        /// <summary>Whether <paramref name="path"/> is a read-only file, which only -Force / --force replace.</summary>
        public static bool IsReadOnlyFile(string path) => File.Exists(path) && new FileInfo(path).IsReadOnly;

        /// <summary>Whether <paramref name="target"/> exists and is read-only; throws when it may not be replaced.</summary>
        private static bool CheckTarget(string target, bool replaceReadOnly)
        {
            FileAttributes attributes;
            try
            {
                attributes = File.GetAttributes(target);
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            catch (DirectoryNotFoundException)
            {
                return false;
            }

            if ((attributes & FileAttributes.ReparsePoint) != 0)
            {
                throw new IOException(
                    $"'{target}' is a symbolic link (or another reparse point); report files are not written through links, so a link cannot redirect the report onto another file. Write to the file the link points at, or remove the link.");
            }

            if ((attributes & FileAttributes.Directory) != 0)
            {
                throw new IOException($"'{target}' is a directory.");
            }

            var readOnly = (attributes & FileAttributes.ReadOnly) != 0;
            if (readOnly && !replaceReadOnly)
            {
                throw new UnauthorizedAccessException($"Access to the path '{target}' is denied: the file is read-only.");
            }

            return readOnly;
        }

        private static void MoveOver(string temporary, string target, bool readOnly)
        {
            if (!File.Exists(target))
            {
                File.Move(temporary, target);
                return;
            }

            // Windows' ReplaceFile refuses a read-only target; the new file takes the attribute back afterwards.
            if (readOnly)
            {
                File.SetAttributes(target, File.GetAttributes(target) & ~FileAttributes.ReadOnly);
            }

            try
            {
                File.Replace(temporary, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            catch when (readOnly)
            {
                File.SetAttributes(target, File.GetAttributes(target) | FileAttributes.ReadOnly);
                throw;
            }

            if (readOnly)
            {
                File.SetAttributes(target, File.GetAttributes(target) | FileAttributes.ReadOnly);
            }
        }

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // The write already failed; that error is the one to report.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
