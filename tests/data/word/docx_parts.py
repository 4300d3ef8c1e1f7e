"""Read and write the parts of a .docx (a zip) for the scripts that derive test files."""
import zipfile


def read(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def write(path, parts):
    # Fixed dates: the same input gives the same bytes.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2023, 11, 14, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)
