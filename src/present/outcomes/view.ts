/** An outcome as people read it: the CLI's text, and the job summary's Markdown. */
export interface View {
  text: string
  summary: string
}
