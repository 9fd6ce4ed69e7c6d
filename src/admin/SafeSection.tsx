'use client'
import { Component, type ReactNode } from 'react'

type Props = { children: ReactNode; title: string }
type State = { failed: boolean }

/**
 * Keeps one part of an admin form from taking the whole document down: if it throws while
 * rendering, the user reads a short Vietnamese note in its place and every other field,
 * tab and button of the document keeps working (the admin remembers the last open tab, so
 * a crash there would otherwise come back on every visit).
 */
export class SafeSection extends Component<Props, State> {
  state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    console.warn(`Phần “${this.props.title}” không hiển thị được:`, error)
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <div
        role="status"
        data-testid="safe-section-fallback"
        style={{
          padding: '0.75rem 1rem',
          marginBottom: '1rem',
          border: '1px solid var(--theme-warning-500)',
          borderRadius: 4,
        }}
      >
        <p style={{ margin: 0 }}>
          Phần “{this.props.title}” tạm thời không hiển thị được. Các mục khác của hồ sơ vẫn dùng bình thường; hãy tải
          lại trang hoặc báo quản trị hệ thống nếu lỗi còn lặp lại.
        </p>
      </div>
    )
  }
}
