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


def add_part(path, name, xml, content_type, rel_type, rel_id):
    """Add part `name` (under word/) to the .docx at `path`, with its content type and a
    relationship of the document to it."""
    parts = read(path)
    parts[f"word/{name}"] = xml.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace(
        "</Types>", f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-'
        f'officedocument.wordprocessingml.{content_type}+xml"/></Types>').encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", f'<Relationship Id="{rel_id}" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/{rel_type}" Target="{name}"/></Relationships>').encode()
    write(path, parts)
