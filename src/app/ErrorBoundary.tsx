import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  title: string;
  body: string;
  retry: string;
  children: ReactNode;
}

/** Keeps a failing view from blanking the page; the simulation (in the store) is untouched. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('A KafkaScope view failed:', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel error-panel">
        <h2>{this.props.title}</h2>
        <p>{this.props.body}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
          {this.props.retry}
        </button>
      </div>
    );
  }
}
