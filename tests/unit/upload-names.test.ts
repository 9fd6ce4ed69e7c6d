import { describe, expect, it } from 'vitest'
import { normaliseFileName } from '@/uploads/fileName'

describe('upload file names', () => {
  it('are NFC, so a name typed on macOS and on Windows is one file', () => {
    const nfd = 'Ảnh hội nghị.jpg'.normalize('NFD')
    expect(nfd).not.toBe('Ảnh hội nghị.jpg')
    expect(normaliseFileName(nfd, 'jpg')).toBe('Ảnh hội nghị.jpg')
  })

  it('lose control, bidi and zero-width characters and path separators', () => {
    expect(normaliseFileName('bien-ban\u202Efdp.exe', 'exe')).toBe('bien-banfdp.exe')
    expect(normaliseFileName('a\u0000b\u200Bc\u2066d\u0007.pdf', 'pdf')).toBe('abcd.pdf')
    expect(normaliseFileName('../../etc/passwd.pdf', 'pdf')).toBe('etc-passwd.pdf')
    expect(normaliseFileName('C:\\tai lieu\\ke hoach.pdf', 'pdf')).toBe('C--tai lieu-ke hoach.pdf')
    expect(normaliseFileName('\u202E', 'pdf')).toBe('tep.pdf')
  })

  it('take the extension of what the content is', () => {
    expect(normaliseFileName('anh.pdf', 'png')).toBe('anh.png')
    expect(normaliseFileName('bao-cao.PDF.exe', 'pdf')).toBe('bao-cao.PDF.pdf')
    expect(normaliseFileName('khong-duoi', 'jpg')).toBe('khong-duoi.jpg')
    expect(normaliseFileName('ghi-chu.txt')).toBe('ghi-chu.txt')
  })

  it('keep the sender’s extension where it names the same kind more precisely', () => {
    expect(normaliseFileName('anh.JPEG', 'jpg')).toBe('anh.jpeg')
    expect(normaliseFileName('mau.docx', 'zip')).toBe('mau.docx')
  })

  it('stay within a length a file system takes', () => {
    expect(normaliseFileName(`${'ả'.repeat(500)}.pdf`, 'pdf').length).toBeLessThanOrEqual(180)
  })
})
